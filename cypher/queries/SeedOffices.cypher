// Offices of the office-holders table with their kind and folded title, in batches.
UNWIND $rows AS row
MERGE (o:Office {id: row.id})
  ON CREATE SET o.title = row.title, o.country = row.country, o.kind = row.kind, o.titleKey = row.titleKey, o.inTable = true
  ON MATCH SET o.kind = row.kind, o.titleKey = row.titleKey, o.inTable = true
RETURN count(o) AS n
