// Test suites only, never the application: empties the database between conformance runs on one server.
MATCH (n)
DETACH DELETE n
RETURN count(*) AS deleted
