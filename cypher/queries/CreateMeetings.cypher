// Meetings as derived from their reports (MeetingClustering): the node, who attended, where it was held, and one
// REPORTED_IN per article with the first of that article's sentences about it.
UNWIND $rows AS row
CREATE (m:Meeting {id: row.id, date: row.date, endDate: row.endDate, status: row.status, mode: row.mode, country: row.country,
                   participantsKey: row.participantsKey, groupKey: row.groupKey, windowFrom: row.windowFrom, windowTo: row.windowTo})
WITH m, row
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
