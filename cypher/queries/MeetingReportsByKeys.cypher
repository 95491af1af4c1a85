// Every report of the given groups (participants, or a gathering's 'gathering:' key), to derive their meetings from,
// except the groups whose previous version (LockMeetingGroups, earlier in the transaction) is the one the caller
// cached: it holds their reports already. The groups are collected first and the reports found through the index
// (hinted): a per-row lookup was planned as a scan of the whole index for every group.
UNWIND $rows AS row
MATCH (g:MeetingGroup {key: row.key})
WHERE row.cached IS NULL OR g.previous IS NULL OR g.previous <> row.cached
WITH collect(g.key) AS keys
MATCH (r:MeetingReport)
USING INDEX r:MeetingReport(groupKey)
WHERE r.groupKey IN keys
RETURN r.id, r.articleId, r.participantsKey, r.date, r.endDate, r.status, r.mode, r.placeId, r.country, r.windowFrom, r.windowTo, r.evidence, r.gathering
