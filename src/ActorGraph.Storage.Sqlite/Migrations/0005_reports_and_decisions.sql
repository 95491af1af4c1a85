-- Every source's account of a meeting is kept as a report; meetings, their participants and their sources are
-- derived from the reports of the same people (MeetingClustering), so the same reports in any order give the same
-- meetings. A person's rulings (this report and that one are, or are not, one meeting) are kept as decisions and
-- applied at every later clustering. Meetings stored before this version become one report per source.
CREATE TABLE meeting_reports (
    id               TEXT PRIMARY KEY,      -- article id '#' position of the meeting in the article
    article_id       TEXT NOT NULL REFERENCES articles(id),
    participants_key TEXT NOT NULL,
    date             TEXT,
    end_date         TEXT,
    status           TEXT NOT NULL,
    mode             TEXT NOT NULL,
    place_id         TEXT,
    country          TEXT,
    window_from      TEXT,
    window_to        TEXT,
    evidence         TEXT,
    gathering        TEXT,                  -- folded name of the summit or conference, for a report of one's part in it
    group_key        TEXT NOT NULL          -- participants_key, or 'gathering:' || gathering: the reports one meeting may join
);
CREATE INDEX ix_meeting_reports_group ON meeting_reports(group_key);

CREATE TABLE meeting_groups (                 -- bumped at every derivation of a group's meetings, so cached reports are
    group_key TEXT PRIMARY KEY,               -- used only while no one has changed the group since
    version   INTEGER NOT NULL
);
CREATE INDEX ix_meeting_reports_article ON meeting_reports(article_id);

CREATE TABLE meeting_decisions (
    kind       TEXT NOT NULL CHECK (kind IN ('same', 'apart')),
    report_a   TEXT NOT NULL,
    report_b   TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    PRIMARY KEY (kind, report_a, report_b)
);
CREATE INDEX ix_meeting_decisions_b ON meeting_decisions(report_b);

ALTER TABLE meetings ADD COLUMN group_key TEXT;                      -- the group_key of its reports
ALTER TABLE meetings ADD COLUMN fingerprint TEXT;                    -- hash of what it was derived as, to skip unchanged ones
UPDATE meetings SET group_key = participants_key;
CREATE INDEX ix_meetings_group ON meetings(group_key);

INSERT INTO meeting_reports (id, article_id, participants_key, date, end_date, status, mode, place_id, country, window_from, window_to, evidence, group_key)
SELECT s.article_id || '#' || m.id, s.article_id, m.participants_key, m.date, m.end_date, s.status, m.mode, m.place_id, m.country,
       m.window_from, m.window_to, s.evidence, m.participants_key
FROM meeting_sources s JOIN meetings m ON m.id = s.meeting_id
WHERE m.participants_key IS NOT NULL;

-- People a person merged into another: the id that is gone, the one it became. The gone person's names became the
-- kept one's aliases, so later articles naming them find the kept person.
CREATE TABLE person_merges (
    gone_id    TEXT PRIMARY KEY,
    kept_id    TEXT NOT NULL,
    decided_at TEXT NOT NULL
);
