// People of the office-holders table, in batches. A person a source named under the same id before the table
// arrived becomes the table's person; people only the table knows are not "in sources" until one names them.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
  ON CREATE SET p.name = row.name, p.nameKey = row.nameKey, p.surnameKey = row.surnameKey, p.country = row.country,
                p.wikidataId = row.wikidataId, p.aliases = [], p.aliasKeys = [], p.inSources = false, p.inTable = true
  ON MATCH SET p.wikidataId = coalesce(p.wikidataId, row.wikidataId), p.country = coalesce(p.country, row.country), p.inTable = true
RETURN count(p) AS n
