// People who met any of $ids at a meeting that was not called off, with that meeting: one level of the
// breadth-first search behind connection and network.
UNWIND $ids AS id
MATCH (p1:Person {id: id})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(p2:Person)
WHERE m.status <> 'cancelled'
RETURN p1.id AS source, p2.id AS target, m.id AS meeting, m.date AS date
