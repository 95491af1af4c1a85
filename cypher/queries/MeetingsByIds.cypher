// Meetings by id.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
MATCH (p:Person)-[:ATTENDED]->(m)
WITH m, collect(p.id) AS participants
OPTIONAL MATCH (m)-[:HELD_IN]->(pl:Place)
RETURN m.id AS id, m.date AS date, m.status AS status, m.mode AS mode, pl.name AS place, m.country AS country, participants, m.endDate AS endDate,
       m.windowFrom AS windowFrom, m.windowTo AS windowTo
