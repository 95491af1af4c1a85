// Every report of the given groups of participants, to derive their meetings from.
MATCH (r:MeetingReport)
WHERE r.participantsKey IN $keys
RETURN r.id, r.articleId, r.participantsKey, r.date, r.endDate, r.status, r.mode, r.placeId, r.country, r.windowFrom, r.windowTo, r.evidence
