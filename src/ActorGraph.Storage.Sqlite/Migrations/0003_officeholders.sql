-- The office-holders table (ReferenceData): people it knows, their terms of office as HOLDS with dates, office kinds.
-- Loaded by OfficeHolderSeeding on the first start after this migration, and again whenever the table changes.
ALTER TABLE persons ADD COLUMN wikidata_id TEXT;                       -- the Wikidata item, when the table knows the person
ALTER TABLE persons ADD COLUMN in_sources INTEGER NOT NULL DEFAULT 1;  -- 1 once an article or record names the person
ALTER TABLE persons ADD COLUMN in_table INTEGER NOT NULL DEFAULT 0;    -- 1 for a person of the office-holders table
CREATE UNIQUE INDEX ix_persons_wikidata ON persons(wikidata_id) WHERE wikidata_id IS NOT NULL;
ALTER TABLE countries ADD COLUMN in_sources INTEGER NOT NULL DEFAULT 1;

ALTER TABLE offices ADD COLUMN kind TEXT NOT NULL DEFAULT 'other';     -- office-kinds.json: foreign_minister, head_of_state, ...
ALTER TABLE offices ADD COLUMN title_key TEXT;                         -- folded title, for "who held office X"
CREATE INDEX ix_offices_country_kind ON offices(country, kind);
CREATE INDEX ix_offices_country_title ON offices(country, title_key);

CREATE TABLE office_terms (                                            -- HOLDS {from, to} from the office-holders table
    person_id       TEXT NOT NULL REFERENCES persons(id),
    office_id       TEXT NOT NULL REFERENCES offices(id),
    from_date       TEXT,                                              -- yyyy-MM-dd, yyyy-MM or yyyy
    to_date         TEXT,                                              -- NULL while in office
    from_earliest   TEXT,                                              -- first day from_date could be
    to_latest       TEXT,                                              -- last day to_date could be
    confirmed_until TEXT,                                              -- for an open term: last day the source said so
    source          TEXT NOT NULL
);
CREATE INDEX ix_office_terms_person ON office_terms(person_id);
CREATE INDEX ix_office_terms_office ON office_terms(office_id);

CREATE TABLE reference_data (
    name      TEXT PRIMARY KEY,
    version   TEXT NOT NULL,
    loaded_at TEXT NOT NULL
);
