// People whose folded surname is $key, for a one-word name that matched no full name or alias.
MATCH (p:Person {surnameKey: $key})
RETURN p.id AS id, p.name AS name, p.country AS country, coalesce(p.aliases, []) AS aliases, p.wikidataId AS wikidataId,
       coalesce(p.inSources, true) AS inSources
ORDER BY name
