// The kind and folded title of offices, as the store classified them.
UNWIND $rows AS row
MERGE (o:Office {id: row.id})
SET o.kind = row.kind, o.titleKey = row.titleKey
RETURN count(o) AS n
