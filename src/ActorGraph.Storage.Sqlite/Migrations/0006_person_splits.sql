-- People a person split off another (the rules had joined two people of one name): the new person's id, the person
-- it came from and the articles whose mentions, offices and meeting reports it took.
CREATE TABLE person_splits (
    new_id     TEXT PRIMARY KEY,
    person_id  TEXT NOT NULL,
    articles   TEXT NOT NULL,               -- JSON array of article ids
    decided_at TEXT NOT NULL
);
