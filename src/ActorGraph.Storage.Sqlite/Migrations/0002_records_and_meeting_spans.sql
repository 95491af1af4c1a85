-- Official records as sources (history-state visits and trips) and meetings that span days.
ALTER TABLE articles ADD COLUMN record_id TEXT;        -- publisher's record id, NULL for articles
ALTER TABLE meetings ADD COLUMN end_date TEXT;         -- last day of a multi-day meeting, NULL for one day
ALTER TABLE meetings ADD COLUMN participants_key TEXT; -- participant ids in ordinal order, joined by '|'

UPDATE meetings SET participants_key = (
    SELECT group_concat(person_id, '|') FROM (SELECT person_id FROM attended WHERE meeting_id = meetings.id ORDER BY person_id));

CREATE INDEX ix_meetings_participants ON meetings(participants_key, date);
