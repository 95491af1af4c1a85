-- Reads that page in the store (issue 17). A person's meetings in date order come from one index range: attended
-- carries its meeting's date ('~', after every ISO date, for an undated meeting). Meetings without a participant
-- filter page through an index on the same order. countryContacts counts rows of meeting_country_pairs instead of
-- joining every meeting of a country's people. Both are kept by triggers, so no writer can forget them.
ALTER TABLE attended ADD COLUMN meeting_order TEXT NOT NULL DEFAULT '~';

UPDATE attended SET meeting_order = COALESCE((SELECT date FROM meetings WHERE id = attended.meeting_id), '~');

CREATE INDEX ix_attended_person_order ON attended(person_id, meeting_order, meeting_id);

CREATE TRIGGER tr_attended_order AFTER INSERT ON attended
BEGIN
    UPDATE attended SET meeting_order = COALESCE((SELECT date FROM meetings WHERE id = NEW.meeting_id), '~')
    WHERE person_id = NEW.person_id AND meeting_id = NEW.meeting_id;
END;

CREATE TRIGGER tr_meetings_order AFTER UPDATE OF date ON meetings WHEN NEW.date IS NOT OLD.date
BEGIN
    UPDATE attended SET meeting_order = COALESCE(NEW.date, '~') WHERE meeting_id = NEW.id;
END;

CREATE INDEX ix_meetings_order ON meetings(COALESCE(date, '~'), id);

-- A meeting's other participants (and their meetings' order) from the index alone.
DROP INDEX ix_attended_meeting;
CREATE INDEX ix_attended_meeting ON attended(meeting_id, person_id, meeting_order);

-- For each meeting not called off, each ordered pair of different countries its participants act for.
CREATE TABLE meeting_country_pairs (
    country    TEXT NOT NULL,
    other      TEXT NOT NULL,
    meeting_id TEXT NOT NULL,
    PRIMARY KEY (country, other, meeting_id)
) WITHOUT ROWID;

CREATE INDEX ix_meeting_country_pairs_meeting ON meeting_country_pairs(meeting_id);

-- The pairs as they follow from attended, persons and meetings; the triggers below copy a meeting's from here. A
-- pair repeats when two people act for one country (INSERT OR IGNORE keeps one): DISTINCT would stop SQLite from
-- pushing a trigger's filter on the meeting into the view.
CREATE VIEW meeting_country_pairs_derived AS
SELECT p1.country AS country, p2.country AS other, a1.meeting_id AS meeting_id
FROM attended a1 JOIN persons p1 ON p1.id = a1.person_id
JOIN attended a2 ON a2.meeting_id = a1.meeting_id AND a2.person_id <> a1.person_id JOIN persons p2 ON p2.id = a2.person_id
JOIN meetings m ON m.id = a1.meeting_id AND m.status <> 'cancelled'
WHERE p1.country IS NOT NULL AND p2.country IS NOT NULL AND p1.country <> p2.country;

INSERT OR IGNORE INTO meeting_country_pairs (country, other, meeting_id) SELECT country, other, meeting_id FROM meeting_country_pairs_derived;

-- Each trigger derives the pairs of the meetings it touched again.
CREATE TRIGGER tr_attended_pairs_insert AFTER INSERT ON attended
BEGIN
    DELETE FROM meeting_country_pairs WHERE meeting_id = NEW.meeting_id;
    INSERT OR IGNORE INTO meeting_country_pairs (country, other, meeting_id) SELECT country, other, meeting_id FROM meeting_country_pairs_derived WHERE meeting_id = NEW.meeting_id;
END;

CREATE TRIGGER tr_attended_pairs_delete AFTER DELETE ON attended
BEGIN
    DELETE FROM meeting_country_pairs WHERE meeting_id = OLD.meeting_id;
    INSERT OR IGNORE INTO meeting_country_pairs (country, other, meeting_id) SELECT country, other, meeting_id FROM meeting_country_pairs_derived WHERE meeting_id = OLD.meeting_id;
END;

CREATE TRIGGER tr_meetings_pairs_status AFTER UPDATE OF status ON meetings WHEN NEW.status IS NOT OLD.status
BEGIN
    DELETE FROM meeting_country_pairs WHERE meeting_id = NEW.id;
    INSERT OR IGNORE INTO meeting_country_pairs (country, other, meeting_id) SELECT country, other, meeting_id FROM meeting_country_pairs_derived WHERE meeting_id = NEW.id;
END;

CREATE TRIGGER tr_meetings_pairs_delete AFTER DELETE ON meetings
BEGIN
    DELETE FROM meeting_country_pairs WHERE meeting_id = OLD.id;
END;

CREATE TRIGGER tr_persons_pairs_country AFTER UPDATE OF country ON persons WHEN NEW.country IS NOT OLD.country
BEGIN
    DELETE FROM meeting_country_pairs WHERE meeting_id IN (SELECT meeting_id FROM attended WHERE person_id = NEW.id);
    INSERT OR IGNORE INTO meeting_country_pairs (country, other, meeting_id) SELECT country, other, meeting_id FROM meeting_country_pairs_derived
    WHERE meeting_id IN (SELECT meeting_id FROM attended WHERE person_id = NEW.id);
END;
