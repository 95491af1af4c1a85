// How many of each kind of node the graph holds.
OPTIONAL MATCH (a:Article)
WITH count(a) AS articles
OPTIONAL MATCH (p:Person)
WITH articles, count(p) AS persons
OPTIONAL MATCH (m:Meeting)
WITH articles, persons, count(m) AS meetings
OPTIONAL MATCH (c:Country)
WITH articles, persons, meetings, count(c) AS countries
OPTIONAL MATCH (o:Organization)
WITH articles, persons, meetings, countries, count(o) AS organizations
OPTIONAL MATCH (pl:Place)
RETURN articles, persons, meetings, countries, organizations, count(pl) AS places
