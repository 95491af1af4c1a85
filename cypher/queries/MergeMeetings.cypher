// Meetings of one article. A meeting is the same across sources when its participants are the same and the row's
// window (its days, or for an undated report the days its publication date allows: MeetingWindow) overlaps a stored
// meeting's window, with the same mode unless both are dated; else it is a new meeting with the row's id. A row with
// no window is matched by its id only. The most settled status wins (held 3 > cancelled 2 > planned 1), the first
// place and country reported are kept, an undated meeting takes the first date reported, and two undated reports
// narrow the window to the days both allow. Place and country links are made on the meeting the row turned out to be.
UNWIND range(0, size($rows) - 1) AS i
WITH i, $rows[i] AS row
OPTIONAL MATCH (e:Meeting {participantsKey: row.participantsKey})
  WHERE row.windowFrom IS NOT NULL AND e.windowFrom IS NOT NULL AND e.windowFrom <= row.windowTo AND e.windowTo >= row.windowFrom
        AND ((row.date IS NOT NULL AND e.date IS NOT NULL) OR e.mode = row.mode)
WITH i, row, e
ORDER BY i, CASE WHEN e.date IS NULL THEN 1 ELSE 0 END, e.date, e.id
WITH i, head(collect(e.id)) AS sameMeeting
WITH $rows[i] AS row, sameMeeting
MERGE (m:Meeting {id: coalesce(sameMeeting, row.id)})
  ON CREATE SET m.date = row.date, m.endDate = row.endDate, m.status = row.status, m.mode = row.mode, m.country = row.country,
                m.participantsKey = row.participantsKey, m.windowFrom = row.windowFrom, m.windowTo = row.windowTo
  ON MATCH SET m.status = CASE WHEN row.rank > CASE m.status WHEN 'held' THEN 3 WHEN 'cancelled' THEN 2 ELSE 1 END
                               THEN row.status ELSE m.status END,
               m.country = coalesce(m.country, row.country),
               m.endDate = CASE WHEN m.date IS NULL AND row.date IS NOT NULL THEN row.endDate ELSE m.endDate END,
               m.windowFrom = CASE WHEN m.date IS NULL AND row.date IS NOT NULL THEN row.windowFrom
                                   WHEN m.date IS NULL AND row.windowFrom IS NOT NULL AND row.windowFrom > m.windowFrom
                                        AND row.windowFrom <= m.windowTo THEN row.windowFrom
                                   ELSE m.windowFrom END,
               m.windowTo = CASE WHEN m.date IS NULL AND row.date IS NOT NULL THEN row.windowTo
                                 WHEN m.date IS NULL AND row.windowTo IS NOT NULL AND row.windowTo < m.windowTo
                                      AND row.windowTo >= m.windowFrom THEN row.windowTo
                                 ELSE m.windowTo END,
               m.date = coalesce(m.date, row.date)
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
