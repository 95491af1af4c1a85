// A person's meetings
// Edit the name on the first line (a full name, a surname or an alias, any case).
WITH "Blinken" AS name
MATCH (p:Person)
WHERE p.nameKey = toLower(trim(name)) OR p.surnameKey = toLower(trim(name)) OR toLower(trim(name)) IN coalesce(p.aliasKeys, [])
MATCH (p)-[a:ATTENDED]->(m:Meeting)
OPTIONAL MATCH (m)-[h:HELD_IN]->(pl:Place)
OPTIONAL MATCH (m)-[r:REPORTED_IN]->(article:Article)
RETURN p, a, m, h, pl, r, article
