// Terms of office in a country of a kind or title, whose dates could cover the period asked about; the store picks
// the title asked for when the country used it, decides certain or approximate, and keeps one answer per person.
MATCH (p:Person)-[h:HOLDS]->(o:Office {country: $country})
WHERE h.term IS NOT NULL AND (o.kind = $kind OR o.titleKey = $title)
  AND (h.fromEarliest IS NULL OR h.fromEarliest <= $last) AND (h.toLatest IS NULL OR h.toLatest >= $first)
RETURN p.id AS personId, o.title AS title, o.country AS country, o.kind AS kind, h.from AS from, h.to AS to,
       h.confirmedUntil AS confirmedUntil, h.asOf AS asOf, h.source AS source
