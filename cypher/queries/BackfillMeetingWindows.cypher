// Dated meetings stored before windows existed get their own days as their window (MeetingWindow), so BackfillMeetingReports
// can match them; undated ones stored then keep none and stay as they were. Touches nothing when all are set.
MATCH (m:Meeting)
WHERE m.windowFrom IS NULL AND m.date IS NOT NULL
SET m.windowFrom = m.date, m.windowTo = coalesce(m.endDate, m.date)
RETURN count(m) AS n
