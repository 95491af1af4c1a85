-- ActorGraph embedded store, schema 1. Tables mirror the Neo4j graph model (docs/architecture.md).
CREATE TABLE articles (
    id           TEXT PRIMARY KEY,          -- article/<sha256 of normalised text>
    title        TEXT NOT NULL,
    url          TEXT,
    source       TEXT,
    published_at TEXT,                      -- ISO date
    ingested_at  TEXT NOT NULL,
    text         TEXT NOT NULL
);

CREATE TABLE countries (
    code TEXT PRIMARY KEY,                  -- ISO 3166-1 alpha-2
    name TEXT NOT NULL
);

CREATE TABLE persons (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,              -- folded name without titles
    surname_key TEXT NOT NULL,
    country     TEXT REFERENCES countries(code)   -- REPRESENTS
);
CREATE INDEX ix_persons_name_key ON persons(name_key);
CREATE INDEX ix_persons_surname_key ON persons(surname_key);

CREATE TABLE person_aliases (
    person_id TEXT NOT NULL REFERENCES persons(id),
    alias     TEXT NOT NULL,
    alias_key TEXT NOT NULL,
    PRIMARY KEY (person_id, alias_key)
);
CREATE INDEX ix_person_aliases_key ON person_aliases(alias_key);

CREATE TABLE offices (
    id      TEXT PRIMARY KEY,
    title   TEXT NOT NULL,
    country TEXT REFERENCES countries(code)   -- OF
);

CREATE TABLE holds (
    person_id  TEXT NOT NULL REFERENCES persons(id),
    office_id  TEXT NOT NULL REFERENCES offices(id),
    as_of      TEXT,
    article_id TEXT NOT NULL REFERENCES articles(id),
    PRIMARY KEY (person_id, office_id)
);

CREATE TABLE organizations (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    kind    TEXT,
    country TEXT REFERENCES countries(code)   -- BASED_IN
);

CREATE TABLE places (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    kind    TEXT,
    country TEXT REFERENCES countries(code)   -- IN
);

CREATE TABLE meetings (
    id       TEXT PRIMARY KEY,
    date     TEXT,                          -- ISO date or NULL
    status   TEXT NOT NULL CHECK (status IN ('held', 'planned', 'cancelled')),
    mode     TEXT NOT NULL CHECK (mode IN ('in_person', 'call', 'virtual')),
    place_id TEXT REFERENCES places(id),    -- HELD_IN
    country  TEXT REFERENCES countries(code) -- HELD_IN_COUNTRY
);
CREATE INDEX ix_meetings_date ON meetings(date);

CREATE TABLE attended (
    person_id  TEXT NOT NULL REFERENCES persons(id),
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    PRIMARY KEY (person_id, meeting_id)
);
CREATE INDEX ix_attended_meeting ON attended(meeting_id);

CREATE TABLE meeting_sources (                -- REPORTED_IN
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    article_id TEXT NOT NULL REFERENCES articles(id),
    evidence   TEXT,
    status     TEXT NOT NULL,
    PRIMARY KEY (meeting_id, article_id)
);
CREATE INDEX ix_meeting_sources_article ON meeting_sources(article_id);

CREATE TABLE mentions (                       -- MENTIONED_IN
    node_id    TEXT NOT NULL,
    node_kind  TEXT NOT NULL CHECK (node_kind IN ('person', 'organization', 'country')),
    article_id TEXT NOT NULL REFERENCES articles(id),
    PRIMARY KEY (node_id, article_id)
);
