// People whose folded name or one of whose aliases is exactly $key.
MATCH (p:Person)
WHERE p.nameKey = $key OR $key IN coalesce(p.aliasKeys, [])
RETURN p.id AS id, p.name AS name, p.country AS country, coalesce(p.aliases, []) AS aliases
ORDER BY name
