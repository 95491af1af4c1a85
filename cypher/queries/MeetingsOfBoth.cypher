// Meetings both $a and $b attended.
MATCH (:Person {id: $a})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(:Person {id: $b})
MATCH (p:Person)-[:ATTENDED]->(m)
WITH m, collect(p.id) AS participants
OPTIONAL MATCH (m)-[:HELD_IN]->(pl:Place)
RETURN m.id AS id, m.date AS date, m.status AS status, m.mode AS mode, pl.name AS place, m.country AS country, participants, m.endDate AS endDate,
       m.windowFrom AS windowFrom, m.windowTo AS windowTo
