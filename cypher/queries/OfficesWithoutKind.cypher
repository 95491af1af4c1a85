// Offices with no kind yet (stated by sources before the office-holders table came), for the store to classify.
MATCH (o:Office)
WHERE o.kind IS NULL
RETURN o.id AS id, o.title AS title, o.country AS country
