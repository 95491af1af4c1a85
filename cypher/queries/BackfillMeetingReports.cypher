// A graph stored before reports existed gets one report per source of each meeting, so its meetings can be
// derived again as new reports arrive. Does nothing once any report exists.
OPTIONAL MATCH (existing:MeetingReport)
WITH existing LIMIT 1
WITH existing WHERE existing IS NULL
MATCH (m:Meeting)-[s:REPORTED_IN]->(a:Article)
WHERE m.participantsKey IS NOT NULL
OPTIONAL MATCH (m)-[:HELD_IN]->(pl)
WITH m, s, a, head(collect(pl.id)) AS placeId
MERGE (r:MeetingReport {id: a.id + '#' + m.id})
  ON CREATE SET r.articleId = a.id, r.participantsKey = m.participantsKey, r.date = m.date, r.endDate = m.endDate, r.status = s.status,
                r.mode = m.mode, r.placeId = placeId, r.country = m.country, r.windowFrom = m.windowFrom, r.windowTo = m.windowTo,
                r.evidence = s.evidence, r.groupKey = m.participantsKey
RETURN count(r) AS n
