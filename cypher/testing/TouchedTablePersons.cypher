// Test suites only: people of the office-holders table that a source named since the table was loaded.
MATCH (p:Person {inTable: true})
WHERE p.inSources = true
RETURN p.id AS id
