// Everyone the sources name, so the extractor recognises people the store already knows (the office-holders table
// is the extractor's own; its people count here once a source names them).
MATCH (p:Person)
WHERE coalesce(p.inSources, true)
RETURN p.id AS id, p.name AS name, p.country AS country, coalesce(p.aliases, []) AS aliases
