// The country each meeting took place in, once it is known.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
WHERE m.country IS NOT NULL
MATCH (c:Country {id: m.country})
MERGE (m)-[:HELD_IN_COUNTRY]->(c)
RETURN count(m) AS n
