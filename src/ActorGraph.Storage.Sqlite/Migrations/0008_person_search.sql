-- searchPersons (issue 17): a trigram index over every person's folded name and aliases, so a substring search
-- reads the index instead of testing every name with LIKE. Kept by triggers. Rows are found for deletion by person
-- and key (a scan of this table, on the rare change of a name or alias), never by rowid, which VACUUM may renumber.
CREATE VIRTUAL TABLE person_search USING fts5(person_id UNINDEXED, key, tokenize = 'trigram');

INSERT INTO person_search (person_id, key) SELECT id, name_key FROM persons;
INSERT INTO person_search (person_id, key) SELECT person_id, alias_key FROM person_aliases;

CREATE TRIGGER tr_persons_search_insert AFTER INSERT ON persons
BEGIN
    INSERT INTO person_search (person_id, key) VALUES (NEW.id, NEW.name_key);
END;

CREATE TRIGGER tr_persons_search_name AFTER UPDATE OF name_key ON persons WHEN NEW.name_key IS NOT OLD.name_key
BEGIN
    DELETE FROM person_search WHERE rowid IN (SELECT rowid FROM person_search WHERE person_id = OLD.id AND key = OLD.name_key LIMIT 1);
    INSERT INTO person_search (person_id, key) VALUES (NEW.id, NEW.name_key);
END;

CREATE TRIGGER tr_persons_search_delete AFTER DELETE ON persons
BEGIN
    DELETE FROM person_search WHERE rowid IN (SELECT rowid FROM person_search WHERE person_id = OLD.id AND key = OLD.name_key LIMIT 1);
END;

CREATE TRIGGER tr_aliases_search_insert AFTER INSERT ON person_aliases
BEGIN
    INSERT INTO person_search (person_id, key) VALUES (NEW.person_id, NEW.alias_key);
END;

CREATE TRIGGER tr_aliases_search_delete AFTER DELETE ON person_aliases
BEGIN
    DELETE FROM person_search WHERE rowid IN (SELECT rowid FROM person_search WHERE person_id = OLD.person_id AND key = OLD.alias_key LIMIT 1);
END;

CREATE TRIGGER tr_aliases_search_update AFTER UPDATE ON person_aliases
BEGIN
    DELETE FROM person_search WHERE rowid IN (SELECT rowid FROM person_search WHERE person_id = OLD.person_id AND key = OLD.alias_key LIMIT 1);
    INSERT INTO person_search (person_id, key) VALUES (NEW.person_id, NEW.alias_key);
END;
