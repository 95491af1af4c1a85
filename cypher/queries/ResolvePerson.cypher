// People whose folded name or one of whose aliases is exactly $key (both through indexes).
MATCH (p:Person {nameKey: $key})
RETURN p.id AS id, p.name AS name, p.country AS country, coalesce(p.aliases, []) AS aliases, p.wikidataId AS wikidataId,
       coalesce(p.inSources, true) AS inSources
UNION
MATCH (:PersonName {key: $key})-[:NAMES]->(p:Person)
RETURN p.id AS id, p.name AS name, p.country AS country, coalesce(p.aliases, []) AS aliases, p.wikidataId AS wikidataId,
       coalesce(p.inSources, true) AS inSources
