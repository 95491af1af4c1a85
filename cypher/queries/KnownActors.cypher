// Everyone in the graph, so the extractor recognises people the store already knows.
MATCH (p:Person)
RETURN p.id AS id, p.name AS name, p.country AS country, coalesce(p.aliases, []) AS aliases
