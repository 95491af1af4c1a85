// Neo4j 4.4, 5.x and 2025.x: unique ids and the lookup indexes, named and idempotent.
// Chosen by the store when the server reports version 4.4 or later; each statement runs in its own transaction.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT office_id IF NOT EXISTS FOR (n:Office) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey);
CREATE INDEX person_surname_key IF NOT EXISTS FOR (n:Person) ON (n.surnameKey);
CREATE INDEX person_country IF NOT EXISTS FOR (n:Person) ON (n.country);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX meeting_participants_key IF NOT EXISTS FOR (n:Meeting) ON (n.participantsKey);
CREATE CONSTRAINT reference_data_id IF NOT EXISTS FOR (n:ReferenceData) REQUIRE n.id IS UNIQUE;
CREATE INDEX person_wikidata_id IF NOT EXISTS FOR (n:Person) ON (n.wikidataId);
CREATE INDEX office_country IF NOT EXISTS FOR (n:Office) ON (n.country);
CREATE CONSTRAINT person_name_key IF NOT EXISTS FOR (n:PersonName) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT meeting_report_id IF NOT EXISTS FOR (n:MeetingReport) REQUIRE n.id IS UNIQUE;
CREATE INDEX meeting_report_group_key IF NOT EXISTS FOR (n:MeetingReport) ON (n.groupKey);
CREATE INDEX meeting_group_key IF NOT EXISTS FOR (n:Meeting) ON (n.groupKey);
CREATE CONSTRAINT meeting_group_key_unique IF NOT EXISTS FOR (n:MeetingGroup) REQUIRE n.key IS UNIQUE;
