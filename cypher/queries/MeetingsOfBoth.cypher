// Meetings both $a and $b attended.
// The participants come from a pattern comprehension on the meeting: as a MATCH, a new store's plan scanned every
// person for every meeting. The place has no label for the same reason (HELD_IN only leads to places).
MATCH (a:Person {id: $a})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Person {id: $b})
USING INDEX a:Person(id)
USING INDEX b:Person(id)
WITH DISTINCT m
WITH m, [(m)<-[:ATTENDED]-(p) | p.id] AS participants
OPTIONAL MATCH (m)-[:HELD_IN]->(pl)
RETURN m.id AS id, m.date AS date, m.status AS status, m.mode AS mode, pl.name AS place, m.country AS country, participants, m.endDate AS endDate,
       m.windowFrom AS windowFrom, m.windowTo AS windowTo
