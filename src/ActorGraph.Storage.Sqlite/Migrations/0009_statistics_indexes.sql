-- stats (issue 17): people of the sources and of the office-holders table, and official records, counted from small
-- partial indexes instead of a scan of every person and article.
CREATE INDEX ix_persons_in_sources ON persons(in_sources) WHERE in_sources = 1;
CREATE INDEX ix_persons_in_table ON persons(in_table) WHERE in_table = 1;
CREATE INDEX ix_articles_records ON articles(record_id) WHERE record_id IS NOT NULL;
