// Every report of the given groups (participants, or a gathering's 'gathering:' key), to derive their meetings from,
// except the groups whose previous version (LockMeetingGroups, earlier in the transaction) is the one the caller
// cached: it holds their reports already ($fresh: the cached version tokens, unique to a group's version, so a set
// will do). Both lookups take their values from parameters, the only values Neo4j 3.1 reliably seeks an index with:
// a per-row lookup, and even an index hint on a collected list, was planned as a scan of the whole index.
MATCH (g:MeetingGroup)
USING INDEX g:MeetingGroup(key)
WHERE g.key IN $keys
WITH collect(CASE WHEN g.previous IS NULL OR NOT g.previous IN $fresh THEN g.key END) AS stale
MATCH (r:MeetingReport)
USING INDEX r:MeetingReport(groupKey)
WHERE r.groupKey IN $keys AND r.groupKey IN stale
RETURN r.id, r.articleId, r.participantsKey, r.date, r.endDate, r.status, r.mode, r.placeId, r.country, r.windowFrom, r.windowTo, r.evidence, r.gathering
