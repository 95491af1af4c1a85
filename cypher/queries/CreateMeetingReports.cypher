// Each source's account of a meeting, kept as a report: the Meeting nodes of the same people are derived from all
// their reports (MeetingClustering, in the store), so the same reports in any order give the same meetings.
// Idempotent: a report is created once, by its id (article id, '#', its position in the article).
UNWIND $rows AS row
MERGE (r:MeetingReport {id: row.id})
  ON CREATE SET r.articleId = row.articleId, r.participantsKey = row.participantsKey, r.date = row.date, r.endDate = row.endDate,
                r.status = row.status, r.mode = row.mode, r.placeId = row.placeId, r.country = row.country,
                r.windowFrom = row.windowFrom, r.windowTo = row.windowTo, r.evidence = row.evidence, r.gathering = row.gathering,
                r.groupKey = row.groupKey
RETURN count(r) AS n
