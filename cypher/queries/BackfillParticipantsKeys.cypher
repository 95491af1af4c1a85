// Meetings stored before participantsKey existed get it (participant ids in ordinal order, joined by '|'), so
// their reports can be grouped by it. Run once the schema is in place; touches nothing when every meeting has its key.
MATCH (m:Meeting)
WHERE m.participantsKey IS NULL
MATCH (p:Person)-[:ATTENDED]->(m)
WITH m, p.id AS personId
ORDER BY personId
WITH m, collect(personId) AS ids
SET m.participantsKey = reduce(key = head(ids), id IN tail(ids) | key + '|' + id)
RETURN count(m) AS n
