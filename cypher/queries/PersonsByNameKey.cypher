// Stored people whose folded name is one of $keys (uses the nameKey index).
UNWIND $keys AS key
MATCH (p:Person {nameKey: key})
RETURN p.id AS id, p.name AS name, p.country AS country, p.nameKey AS nameKey, p.surnameKey AS surnameKey,
       coalesce(p.aliasKeys, []) AS aliasKeys, p.wikidataId AS wikidataId
