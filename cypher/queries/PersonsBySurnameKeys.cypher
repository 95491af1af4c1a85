// Stored people whose folded surname is one of $keys, to match a mention that gives only a surname ("Blinken").
UNWIND $keys AS key
MATCH (p:Person {surnameKey: key})
RETURN DISTINCT p.id AS id, p.name AS name, p.country AS country, p.nameKey AS nameKey, p.surnameKey AS surnameKey,
       coalesce(p.aliasKeys, []) AS aliasKeys, p.wikidataId AS wikidataId
