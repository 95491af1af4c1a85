// Holders of an office on a date
// Who held an office of a country on a day, from the office-holders table: the kind (foreign_minister,
// head_of_state, head_of_government, defence_minister, national_security_adviser, ...) or the exact title.
// Set them first, e.g.  :param country => "CN"  :param kind => "foreign_minister"  :param date => "2018-05-01"
MATCH (p:Person)-[h:HOLDS]->(o:Office {country: toUpper($country)})
WHERE h.term IS NOT NULL AND (o.kind = $kind OR toLower(o.title) = toLower($kind))
  AND (h.fromEarliest IS NULL OR h.fromEarliest <= $date) AND (h.toLatest IS NULL OR h.toLatest >= $date)
RETURN p.name AS person, o.title AS office, h.from AS from, h.to AS to, h.source AS source, p, h, o
ORDER BY h.from
