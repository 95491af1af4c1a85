// Stored people known by one of $keys as an alias, through the PersonName index.
UNWIND $keys AS key
MATCH (:PersonName {key: key})-[:NAMES]->(p:Person)
RETURN DISTINCT p.id AS id, p.name AS name, p.country AS country, p.nameKey AS nameKey, p.surnameKey AS surnameKey,
       coalesce(p.aliasKeys, []) AS aliasKeys, p.wikidataId AS wikidataId
