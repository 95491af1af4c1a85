// Recent meetings
// The 25 most recent dated meetings with their participants and places.
MATCH (m:Meeting)
WHERE m.date IS NOT NULL
WITH m
ORDER BY m.date DESC
LIMIT 25
MATCH (p:Person)-[a:ATTENDED]->(m)
OPTIONAL MATCH (m)-[h:HELD_IN]->(pl:Place)
RETURN m, p, a, h, pl
