// Test suites only: offices sources stated for the table's people (the table's own terms stay).
MATCH ()-[h:HOLDS]->()
WHERE h.term IS NULL
DELETE h
RETURN count(*) AS deleted
