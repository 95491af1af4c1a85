// Test suites only, never the application: every stored article's id, to check that none is missing or doubled.
MATCH (a:Article)
RETURN a.id AS id
ORDER BY id
