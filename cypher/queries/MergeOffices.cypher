// Offices (title of a country) and who holds them as sources state it; asOf keeps the earliest publication date
// that states it. A term of the office-holders table is another HOLDS (with a term key), never this one.
// The person (written earlier in the transaction) is merged on its id rather than matched: see CreateSeedPersons.
UNWIND $rows AS row
MERGE (p:Person {id: row.personId})
MERGE (o:Office {id: row.officeId})
  ON CREATE SET o.title = row.title, o.country = row.country, o.kind = row.kind, o.titleKey = row.titleKey
MERGE (p)-[h:HOLDS {source: 'article'}]->(o)
  ON CREATE SET h.asOf = row.asOf, h.articleId = row.articleId
  ON MATCH SET h.asOf = CASE WHEN h.asOf IS NULL OR (row.asOf IS NOT NULL AND row.asOf < h.asOf) THEN row.asOf ELSE h.asOf END
WITH o
WHERE o.country IS NOT NULL
MATCH (c:Country {id: o.country})
MERGE (o)-[:OF]->(c)
RETURN count(o) AS n
