// People whose folded name or an alias contains $key, those in the most meetings first.
MATCH (p:Person)
WHERE p.nameKey CONTAINS $key OR any(alias IN coalesce(p.aliasKeys, []) WHERE alias CONTAINS $key)
OPTIONAL MATCH (p)-[:ATTENDED]->(m)
WITH p, count(m) AS meetings
RETURN p.id AS id, p.name AS name, p.country AS country, coalesce(p.aliases, []) AS aliases, p.wikidataId AS wikidataId,
       coalesce(p.inSources, true) AS inSources
ORDER BY meetings DESC, name
LIMIT $limit
