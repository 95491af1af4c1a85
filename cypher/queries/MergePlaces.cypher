// Places (cities, venues) with their country.
UNWIND $rows AS row
MERGE (pl:Place {id: row.id})
  ON CREATE SET pl.name = row.name, pl.kind = row.kind, pl.country = row.country
WITH pl
WHERE pl.country IS NOT NULL
MATCH (c:Country {id: pl.country})
MERGE (pl)-[:IN]->(c)
RETURN count(pl) AS n
