// Neo4j 3.1 to 4.3: unique ids and the lookup indexes, in the DDL those versions understand.
// Chosen by the store when the server reports a version below 4.4; each statement runs in its own transaction.
CREATE CONSTRAINT ON (n:Article) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Person) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Office) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Country) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Organization) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Place) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Meeting) ASSERT n.id IS UNIQUE;
CREATE INDEX ON :Person(nameKey);
CREATE INDEX ON :Person(surnameKey);
CREATE INDEX ON :Person(country);
CREATE INDEX ON :Meeting(date);
CREATE INDEX ON :Meeting(participantsKey);
CREATE CONSTRAINT ON (n:ReferenceData) ASSERT n.id IS UNIQUE;
CREATE INDEX ON :Person(wikidataId);
CREATE INDEX ON :Office(country);
CREATE CONSTRAINT ON (n:PersonName) ASSERT n.key IS UNIQUE;
CREATE CONSTRAINT ON (n:MeetingReport) ASSERT n.id IS UNIQUE;
CREATE INDEX ON :MeetingReport(groupKey);
CREATE INDEX ON :Meeting(groupKey);
CREATE CONSTRAINT ON (n:MeetingGroup) ASSERT n.key IS UNIQUE;
