// Every report that names the person, to name another instead when a person merges the two.
MATCH (r:MeetingReport)
WHERE $id IN split(r.participantsKey, '|')
RETURN r.id, r.articleId, r.participantsKey, r.date, r.endDate, r.status, r.mode, r.placeId, r.country, r.windowFrom, r.windowTo, r.evidence, r.gathering
