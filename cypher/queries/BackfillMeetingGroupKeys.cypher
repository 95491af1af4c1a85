// Meetings stored before gatherings existed are groups of their participants: their groupKey is their participantsKey,
// so their reports' meetings replace them. Touches nothing when every meeting has its key.
MATCH (m:Meeting)
WHERE m.groupKey IS NULL AND m.participantsKey IS NOT NULL
SET m.groupKey = m.participantsKey
RETURN count(m) AS n
