// Every report of the given groups (participants, or a gathering's 'gathering:' key), to derive their meetings from.
MATCH (r:MeetingReport)
WHERE r.groupKey IN $keys
RETURN r.id, r.articleId, r.participantsKey, r.date, r.endDate, r.status, r.mode, r.placeId, r.country, r.windowFrom, r.windowTo, r.evidence, r.gathering
