// Organizations named in the article, with the country they are based in when known.
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
  ON CREATE SET o.name = row.name, o.country = row.country
WITH o
WHERE o.country IS NOT NULL
MATCH (c:Country {id: o.country})
MERGE (o)-[:BASED_IN]->(c)
RETURN count(o) AS n
