// Offices (title of a country) and who holds them; asOf keeps the earliest publication date that states it.
UNWIND $rows AS row
MERGE (o:Office {id: row.officeId})
  ON CREATE SET o.title = row.title, o.country = row.country
WITH o, row
MATCH (p:Person {id: row.personId})
MERGE (p)-[h:HOLDS]->(o)
  ON CREATE SET h.asOf = row.asOf, h.articleId = row.articleId
  ON MATCH SET h.asOf = CASE WHEN h.asOf IS NULL OR (row.asOf IS NOT NULL AND row.asOf < h.asOf) THEN row.asOf ELSE h.asOf END
WITH o
WHERE o.country IS NOT NULL
MATCH (c:Country {id: o.country})
MERGE (o)-[:OF]->(c)
RETURN count(o) AS n
