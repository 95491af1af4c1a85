// People of a batch of articles, in article order, already matched to stored people by the store's merge rule. A fuller name
// ("Antony Blinken" after "Blinken") becomes the display name; a country, once known, is kept.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
  ON CREATE SET p.name = row.name, p.nameKey = row.nameKey, p.surnameKey = row.surnameKey, p.country = row.country,
                p.aliases = [], p.aliasKeys = [], p.wikidataId = row.wikidataId, p.inSources = true
  ON MATCH SET p.country = coalesce(p.country, row.country), p.wikidataId = coalesce(p.wikidataId, row.wikidataId), p.inSources = true,
               p.name = CASE WHEN row.fuller THEN row.name ELSE p.name END,
               p.nameKey = CASE WHEN row.fuller THEN row.nameKey ELSE p.nameKey END,
               p.surnameKey = CASE WHEN row.fuller THEN row.surnameKey ELSE p.surnameKey END
WITH p
WHERE p.country IS NOT NULL
MATCH (c:Country {id: p.country})
MERGE (p)-[:REPRESENTS]->(c)
RETURN count(p) AS n
