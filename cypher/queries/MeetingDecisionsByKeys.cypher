// The rulings people made on reports of the given groups: SAME_MEETING joins two reports,
// APART_MEETING keeps them in different meetings.
MATCH (a:MeetingReport)-[d:SAME_MEETING|APART_MEETING]->(b:MeetingReport)
WHERE a.groupKey IN $keys
RETURN type(d), a.id, b.id
