// Meetings about to be written again as derived from their reports, or no longer derived at all.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
DETACH DELETE m
RETURN count(*) AS n
