// A person's meetings in an inclusive ISO date range (null: open).
MATCH (:Person {id: $id})-[:ATTENDED]->(m:Meeting)
WHERE ($from IS NULL OR m.date >= $from) AND ($to IS NULL OR m.date <= $to)
MATCH (p:Person)-[:ATTENDED]->(m)
WITH m, collect(p.id) AS participants
OPTIONAL MATCH (m)-[:HELD_IN]->(pl:Place)
RETURN m.id AS id, m.date AS date, m.status AS status, m.mode AS mode, pl.name AS place, m.country AS country, participants, m.endDate AS endDate,
       m.windowFrom AS windowFrom, m.windowTo AS windowTo
