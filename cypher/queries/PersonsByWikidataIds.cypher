// Stored people with one of the Wikidata items the extractor linked an article's people to.
UNWIND $ids AS wikidataId
MATCH (p:Person {wikidataId: wikidataId})
RETURN p.id AS id, p.name AS name, p.country AS country, p.nameKey AS nameKey, p.surnameKey AS surnameKey,
       coalesce(p.aliasKeys, []) AS aliasKeys, p.wikidataId AS wikidataId
