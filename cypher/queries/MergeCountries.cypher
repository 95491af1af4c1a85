// Countries by ISO 3166-1 alpha-2 code; the code is the node id.
UNWIND $rows AS row
MERGE (c:Country {id: row.code})
  ON CREATE SET c.code = row.code, c.name = row.name
SET c.inSources = true
RETURN count(c) AS n
