// Names a person is written as; the first spelling of each folded form is kept. Rows have distinct (person, key).
// Each folded form is also a PersonName node naming the person, so a name is found through an index rather than
// by reading every person's list of aliases.
// The person (written earlier in the transaction) is merged on its id rather than matched: see CreateSeedPersons.
UNWIND $rows AS row
MERGE (p:Person {id: row.personId})
WITH p, row
WHERE NOT row.key IN coalesce(p.aliasKeys, [])
SET p.aliases = coalesce(p.aliases, []) + row.alias, p.aliasKeys = coalesce(p.aliasKeys, []) + row.key
WITH p, row
MERGE (n:PersonName {key: row.key})
MERGE (n)-[:NAMES]->(p)
RETURN count(p) AS n
