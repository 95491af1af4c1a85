// Test suites only, never the application: empties the database between conformance runs on one server but keeps
// the office-holders table every store starts with (loading it again for each test would take most of the run).
// The table's people that sources named are then restored from the table by the test fixture (RestoreTablePersons).
MATCH (n)
WHERE NOT (n:ReferenceData OR n:PersonName OR (n:Person AND coalesce(n.inTable, false)) OR (n:Office AND coalesce(n.inTable, false)))
DETACH DELETE n
WITH count(*) AS deleted
MATCH (name:PersonName)
WHERE NOT (name)-[:NAMES]->()
DELETE name
RETURN deleted
