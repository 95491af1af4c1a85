// Names a person is written as; the first spelling of each folded form is kept. Rows have distinct (person, key).
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
WITH p, row
WHERE NOT row.key IN coalesce(p.aliasKeys, [])
SET p.aliases = coalesce(p.aliases, []) + row.alias, p.aliasKeys = coalesce(p.aliasKeys, []) + row.key
RETURN count(p) AS n
