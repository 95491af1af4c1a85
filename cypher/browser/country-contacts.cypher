// A country's contacts
// The countries whose people met people acting for a country. Edit its code on the first line.
WITH "CN" AS countryCode
MATCH (c:Country)<-[:REPRESENTS]-(p1:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(p2:Person)-[:REPRESENTS]->(other:Country)
WHERE c.code = toUpper(countryCode) AND m.status <> 'cancelled' AND other <> c
RETURN other.code AS code, other.name AS country, count(DISTINCT m) AS meetings, collect(DISTINCT p2.name) AS people
ORDER BY meetings DESC, code
