// The countries whose people met people acting for $code, by number of meetings that were not called off.
MATCH (p1:Person {country: $code})-[:ATTENDED]->(m:Meeting)
USING INDEX p1:Person(country)
WHERE m.status <> 'cancelled'
WITH DISTINCT m
MATCH (m)<-[:ATTENDED]-(p2)
WITH m, p2.country AS code
WHERE code IS NOT NULL AND code <> $code
WITH code, count(DISTINCT m) AS meetings
OPTIONAL MATCH (c:Country {id: code})
RETURN code, coalesce(c.name, code) AS name, meetings
ORDER BY meetings DESC, code
