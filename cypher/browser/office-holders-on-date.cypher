// Holders of an office on a date
// Who held an office of a country on a day, from the office-holders table: the kind (foreign_minister,
// head_of_state, head_of_government, defence_minister, national_security_adviser, ...) or the exact title.
// Edit them on the first line.
WITH "CN" AS countryCode, "foreign_minister" AS kind, "2018-05-01" AS onDate
MATCH (p:Person)-[h:HOLDS]->(o:Office)
WHERE o.country = toUpper(countryCode) AND h.term IS NOT NULL AND (o.kind = kind OR toLower(o.title) = toLower(kind))
  AND (h.fromEarliest IS NULL OR h.fromEarliest <= onDate) AND (h.toLatest IS NULL OR h.toLatest >= onDate)
RETURN p.name AS person, o.title AS office, h.from AS from, h.to AS to, h.source AS source, p, h, o
ORDER BY h.from
