// The rulings people made on reports of the given groups: SAME_MEETING joins two reports,
// APART_MEETING keeps them in different meetings. The index hint: see MeetingsByKeys.
MATCH (a:MeetingReport)-[d:SAME_MEETING|APART_MEETING]->(b:MeetingReport)
USING INDEX a:MeetingReport(groupKey)
WHERE a.groupKey IN $keys
RETURN type(d), a.id, b.id
