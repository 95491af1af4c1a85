// Meetings matching a filter: a participant, a country (held there or attended by someone acting for it), an
// inclusive ISO date range and a status. A null parameter does not filter.
MATCH (m:Meeting)
WHERE ($from IS NULL OR m.date >= $from)
  AND ($to IS NULL OR m.date <= $to)
  AND ($status IS NULL OR m.status = $status)
MATCH (p:Person)-[:ATTENDED]->(m)
WITH m, collect(p) AS people
WHERE ($participant IS NULL OR any(x IN people WHERE x.id = $participant))
  AND ($country IS NULL OR m.country = $country OR any(x IN people WHERE x.country = $country))
OPTIONAL MATCH (m)-[:HELD_IN]->(pl)
RETURN m.id AS id, m.date AS date, m.status AS status, m.mode AS mode, pl.name AS place, m.country AS country,
       [x IN people | x.id] AS participants, m.endDate AS endDate,
       m.windowFrom AS windowFrom, m.windowTo AS windowTo
