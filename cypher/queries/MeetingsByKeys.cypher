// The stored meetings of the given groups (participants, or gatherings), with what decides whether a newly derived meeting
// differs from them: its fields and its sources (article and status).
MATCH (m:Meeting)
WHERE m.groupKey IN $keys
OPTIONAL MATCH (m)-[s:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (m)-[:HELD_IN]->(pl:Place)
WITH m, pl, a.id + ' ' + s.status AS source
ORDER BY source
RETURN m.id, m.date, m.endDate, m.status, m.mode, head(collect(DISTINCT pl.id)), m.country, m.windowFrom, m.windowTo, collect(source), m.participantsKey
