// People stored before names were PersonName nodes get theirs (run with the office-holders table's load).
MATCH (p:Person)
WHERE size(coalesce(p.aliasKeys, [])) > 0 AND NOT (p)<-[:NAMES]-(:PersonName)
UNWIND p.aliasKeys AS key
MERGE (n:PersonName {key: key})
MERGE (n)-[:NAMES]->(p)
RETURN count(DISTINCT p) AS n
