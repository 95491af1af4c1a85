// People who met any of $ids at a meeting that was not called off, with that meeting: one level of the
// breadth-first search behind connection and network.
MATCH (p1:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(p2:Person)
USING INDEX p1:Person(id)
WHERE p1.id IN $ids
  AND m.status <> 'cancelled'
RETURN p1.id AS source, p2.id AS target, m.id AS meeting, m.date AS date
