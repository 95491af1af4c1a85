// Meetings as derived from their reports (MeetingClustering), written in place: the node and its fingerprint, who
// attended, where it was held, and one REPORTED_IN per article with the first of that article's sentences about it.
// A meeting that only gained reports of this batch's (new) articles keeps its sources and gets theirs
// (replaceSources false); otherwise its sources are written again. Who no longer attends is found from the meeting's
// ATTENDED links, filtered afterwards: a pattern with a condition on the attendee was planned, on an empty graph, as
// a scan of every node for every meeting (the plan then stays cached as the graph grows).
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
SET m.date = row.date, m.endDate = row.endDate, m.status = row.status, m.mode = row.mode, m.country = row.country,
    m.participantsKey = row.participantsKey, m.groupKey = row.groupKey, m.windowFrom = row.windowFrom, m.windowTo = row.windowTo,
    m.fingerprint = row.fingerprint
WITH m, row
OPTIONAL MATCH (m)-[held:HELD_IN|HELD_IN_COUNTRY]->()
DELETE held
WITH DISTINCT m, row
FOREACH (gone IN [attended IN [(m)<-[link:ATTENDED]-() | link] WHERE NOT startNode(attended).id IN row.participants] | DELETE gone)
WITH m, row
OPTIONAL MATCH (m)-[stale:REPORTED_IN]->()
WHERE row.replaceSources
DELETE stale
WITH DISTINCT m, row
OPTIONAL MATCH (pl:Place {id: row.placeId})
FOREACH (place IN CASE WHEN pl IS NULL THEN [] ELSE [pl] END | MERGE (m)-[:HELD_IN]->(place))
WITH m, row
OPTIONAL MATCH (c:Country {id: row.country})
FOREACH (country IN CASE WHEN c IS NULL THEN [] ELSE [c] END | MERGE (m)-[:HELD_IN_COUNTRY]->(country))
WITH m, row
FOREACH (personId IN row.participants | MERGE (p:Person {id: personId}) MERGE (p)-[:ATTENDED]->(m))
WITH m, row
UNWIND row.sources AS source
MATCH (a:Article {id: source.articleId})
CREATE (m)-[:REPORTED_IN {evidence: source.evidence, status: source.status}]->(a)
RETURN count(DISTINCT m) AS n
