// How many of each kind of node the graph holds: sources (official records among them counted apart); people and countries the sources name; the office-holders table's
// people and terms of office counted apart; meetings, and the reports of them (several reports may be one meeting).
OPTIONAL MATCH (a:Article)
WITH count(a) AS articles, count(a.recordId) AS officialRecords
OPTIONAL MATCH (p:Person)
WHERE coalesce(p.inSources, true)
WITH articles, officialRecords, count(p) AS persons
OPTIONAL MATCH (m:Meeting)
WITH articles, officialRecords, persons, count(m) AS meetings
OPTIONAL MATCH (c:Country)
WHERE coalesce(c.inSources, true)
WITH articles, officialRecords, persons, meetings, count(c) AS countries
OPTIONAL MATCH (o:Organization)
WITH articles, officialRecords, persons, meetings, countries, count(o) AS organizations
OPTIONAL MATCH (pl:Place)
WITH articles, officialRecords, persons, meetings, countries, organizations, count(pl) AS places
OPTIONAL MATCH (h:Person {inTable: true})
WITH articles, officialRecords, persons, meetings, countries, organizations, places, count(h) AS officeHolders
OPTIONAL MATCH ()-[t:HOLDS]->()
WHERE t.term IS NOT NULL
WITH articles, officialRecords, persons, meetings, countries, organizations, places, officeHolders, count(t) AS officeTerms
OPTIONAL MATCH (r:MeetingReport)
RETURN articles, persons, meetings, countries, organizations, places, officeHolders, officeTerms, count(r) AS meetingReports, officialRecords
