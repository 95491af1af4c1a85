// People by id.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id, p.name AS name, p.country AS country, coalesce(p.aliases, []) AS aliases, p.wikidataId AS wikidataId,
       coalesce(p.inSources, true) AS inSources
