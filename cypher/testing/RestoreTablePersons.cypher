// Test suites only: the table's people as the table has them, before any source named them.
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
SET p.name = row.name, p.nameKey = row.nameKey, p.surnameKey = row.surnameKey, p.country = row.country, p.wikidataId = row.wikidataId,
    p.aliases = row.aliases, p.aliasKeys = row.aliasKeys, p.inSources = false
WITH p, row
OPTIONAL MATCH (name:PersonName)-[r:NAMES]->(p)
WHERE NOT name.key IN row.aliasKeys
DELETE r
RETURN count(DISTINCT p) AS restored
