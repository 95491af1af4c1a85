// Stored people whose folded surname is $key, to match a mention that gives only a surname ("Blinken").
MATCH (p:Person {surnameKey: $key})
RETURN p.id AS id, p.name AS name, p.country AS country, p.nameKey AS nameKey, p.surnameKey AS surnameKey,
       coalesce(p.aliasKeys, []) AS aliasKeys, p.wikidataId AS wikidataId
