-- The days a meeting may have taken place on (MeetingWindow): its own days when dated, else the days its reports
-- allow. Reports of the same people whose windows overlap are one meeting. Meetings stored undated before this
-- version keep no window and stay as they were.
ALTER TABLE meetings ADD COLUMN window_from TEXT;
ALTER TABLE meetings ADD COLUMN window_to TEXT;

UPDATE meetings SET window_from = date, window_to = COALESCE(end_date, date) WHERE date IS NOT NULL;

CREATE INDEX ix_meetings_windows ON meetings(participants_key, window_from);
