// The countries whose people met people acting for $code, by number of meetings that were not called off.
MATCH (p1:Person {country: $code})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(p2:Person)
WHERE m.status <> 'cancelled' AND p2.country IS NOT NULL AND p2.country <> $code
WITH p2.country AS code, count(DISTINCT m) AS meetings
OPTIONAL MATCH (c:Country {id: code})
RETURN code, coalesce(c.name, code) AS name, meetings
ORDER BY meetings DESC, code
