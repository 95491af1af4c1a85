// Where each meeting took place: the first place reported wins, and its country becomes the meeting's.
UNWIND $rows AS row
MATCH (m:Meeting {id: row.id})
OPTIONAL MATCH (m)-[held:HELD_IN]->(:Place)
WITH m, row, count(held) AS places
WHERE places = 0 AND row.placeId IS NOT NULL
MATCH (pl:Place {id: row.placeId})
MERGE (m)-[:HELD_IN]->(pl)
RETURN count(m) AS n
