// A person's merge of two people: the kept person takes the gone one's country, Wikidata item, names, offices (from
// sources and from the office-holders table), mentions and meetings attended, and remembers its id; the gone node is
// deleted. The store then derives again the meetings of the reports that named it.
MATCH (gone:Person {id: $gone})
WITH gone
MATCH (kept:Person {id: $kept})
SET kept.country = coalesce(kept.country, gone.country),
    kept.wikidataId = coalesce(kept.wikidataId, gone.wikidataId),
    kept.inSources = coalesce(kept.inSources, true) OR coalesce(gone.inSources, true),
    kept.inTable = coalesce(kept.inTable, false) OR coalesce(gone.inTable, false),
    kept.aliases = coalesce(kept.aliases, []) + [i IN range(0, size(coalesce(gone.aliasKeys, [])) - 1)
                                                 WHERE NOT gone.aliasKeys[i] IN coalesce(kept.aliasKeys, []) | gone.aliases[i]],
    kept.aliasKeys = coalesce(kept.aliasKeys, []) + [key IN coalesce(gone.aliasKeys, []) WHERE NOT key IN coalesce(kept.aliasKeys, [])],
    kept.mergedIds = coalesce(kept.mergedIds, []) + gone.id
WITH kept, gone
OPTIONAL MATCH (name:PersonName)-[named:NAMES]->(gone)
FOREACH (n IN CASE WHEN name IS NULL THEN [] ELSE [name] END | MERGE (n)-[:NAMES]->(kept))
WITH DISTINCT kept, gone
OPTIONAL MATCH (gone)-[:MENTIONED_IN]->(a:Article)
FOREACH (x IN CASE WHEN a IS NULL THEN [] ELSE [a] END | MERGE (kept)-[:MENTIONED_IN]->(x))
WITH DISTINCT kept, gone
OPTIONAL MATCH (gone)-[h:HOLDS]->(o:Office)
FOREACH (x IN CASE WHEN h IS NULL OR h.source <> 'article' THEN [] ELSE [o] END |
  MERGE (kept)-[k:HOLDS {source: 'article'}]->(x)
    ON CREATE SET k.asOf = h.asOf, k.articleId = h.articleId)
FOREACH (x IN CASE WHEN h IS NULL OR h.source = 'article' THEN [] ELSE [o] END |
  CREATE (kept)-[k:HOLDS]->(x)
  SET k += properties(h))
WITH DISTINCT kept, gone
OPTIONAL MATCH (kept)-[represents:REPRESENTS]->(:Country)
WITH kept, gone, count(represents) AS countries
OPTIONAL MATCH (gone)-[:REPRESENTS]->(c:Country)
FOREACH (x IN CASE WHEN c IS NULL OR countries > 0 THEN [] ELSE [c] END | MERGE (kept)-[:REPRESENTS]->(x))
WITH DISTINCT kept, gone
OPTIONAL MATCH (gone)-[:ATTENDED]->(m:Meeting)
FOREACH (x IN CASE WHEN m IS NULL THEN [] ELSE [m] END | MERGE (kept)-[:ATTENDED]->(x))
WITH DISTINCT kept, gone
DETACH DELETE gone
RETURN kept.id
