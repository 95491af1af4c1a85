// Stored people known by one of $keys as an alias. aliasKeys is a list property, which Neo4j cannot index, so
// this scans people; fine for the tens of thousands of people news mentions.
MATCH (p:Person)
WHERE any(key IN coalesce(p.aliasKeys, []) WHERE key IN $keys)
RETURN p.id AS id, p.name AS name, p.country AS country, p.nameKey AS nameKey, p.surnameKey AS surnameKey,
       coalesce(p.aliasKeys, []) AS aliasKeys
