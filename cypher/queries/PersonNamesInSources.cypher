// The people articles and records name, with their folded names: the candidates of "did you mean" when a name
// matched nobody (read only then).
MATCH (p:Person)
WHERE coalesce(p.inSources, true)
RETURN p.id AS id, p.name AS name, p.country AS country, p.nameKey AS nameKey
