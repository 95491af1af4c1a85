// The offices of people: the ones sources state (asOf) and the terms of the office-holders table (from/to).
UNWIND $ids AS id
MATCH (p:Person {id: id})-[h:HOLDS]->(o:Office)
RETURN p.id AS personId, o.title AS title, o.country AS country, coalesce(o.kind, 'other') AS kind, h.from AS from, h.to AS to,
       h.confirmedUntil AS confirmedUntil, h.asOf AS asOf, coalesce(h.source, 'article') AS source
