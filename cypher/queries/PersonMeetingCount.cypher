// How many meetings a person attended.
MATCH (p:Person {id: $id})
OPTIONAL MATCH (p)-[:ATTENDED]->(m)
RETURN count(m) AS n
