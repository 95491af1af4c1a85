// Meetings of one article. A meeting is the same across sources when its participants are the same and its date
// falls within the days of a stored one (a visit's start to end date), else it is a new meeting with the row's id.
// The most settled status wins (held 3 > cancelled 2 > planned 1), and the first place and country reported are kept.
// Place and country links are made here, on the meeting the row turned out to be, not on the row's own id.
UNWIND range(0, size($rows) - 1) AS i
WITH i, $rows[i] AS row
OPTIONAL MATCH (e:Meeting {participantsKey: row.participantsKey})
  WHERE row.date IS NOT NULL AND e.date IS NOT NULL AND e.date <= coalesce(row.endDate, row.date)
        AND coalesce(e.endDate, e.date) >= row.date
WITH i, row, e
ORDER BY i, e.date, e.id
WITH i, head(collect(e.id)) AS sameMeeting
WITH $rows[i] AS row, sameMeeting
MERGE (m:Meeting {id: coalesce(sameMeeting, row.id)})
  ON CREATE SET m.date = row.date, m.endDate = row.endDate, m.status = row.status, m.mode = row.mode, m.country = row.country,
                m.participantsKey = row.participantsKey
  ON MATCH SET m.status = CASE WHEN row.rank > CASE m.status WHEN 'held' THEN 3 WHEN 'cancelled' THEN 2 ELSE 1 END
                               THEN row.status ELSE m.status END,
               m.country = coalesce(m.country, row.country)
WITH m, row
MATCH (a:Article {id: row.articleId})
MERGE (m)-[r:REPORTED_IN]->(a)
  ON CREATE SET r.evidence = row.evidence, r.status = row.status
WITH m, row
OPTIONAL MATCH (m)-[held:HELD_IN]->(:Place)
WITH m, row, count(held) AS places
OPTIONAL MATCH (pl:Place {id: row.placeId})
FOREACH (place IN CASE WHEN places = 0 AND pl IS NOT NULL THEN [pl] ELSE [] END | MERGE (m)-[:HELD_IN]->(place))
WITH m, row
OPTIONAL MATCH (c:Country {id: m.country})
FOREACH (country IN CASE WHEN c IS NULL THEN [] ELSE [c] END | MERGE (m)-[:HELD_IN_COUNTRY]->(country))
WITH m, row
UNWIND row.participants AS personId
MERGE (p:Person {id: personId})
MERGE (p)-[:ATTENDED]->(m)
RETURN count(DISTINCT m) AS n
