// Meetings of one article. A meeting is the same across articles when its participants and date are; the most
// settled status wins (held 3 > cancelled 2 > planned 1), and the first place and country reported are kept.
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
  ON CREATE SET m.date = row.date, m.status = row.status, m.mode = row.mode, m.country = row.country
  ON MATCH SET m.status = CASE WHEN row.rank > CASE m.status WHEN 'held' THEN 3 WHEN 'cancelled' THEN 2 ELSE 1 END
                               THEN row.status ELSE m.status END,
               m.country = coalesce(m.country, row.country)
WITH m, row
MATCH (a:Article {id: row.articleId})
MERGE (m)-[r:REPORTED_IN]->(a)
  ON CREATE SET r.evidence = row.evidence, r.status = row.status
WITH m, row
UNWIND row.participants AS personId
MATCH (p:Person {id: personId})
MERGE (p)-[:ATTENDED]->(m)
RETURN count(DISTINCT m) AS n
