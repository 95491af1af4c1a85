// Offices sources stated before the office-holders table came (graphs made before it) are marked as such, so a
// term of office is never mistaken for one, and get their office's kind looked up by the store afterwards.
MATCH ()-[h:HOLDS]->()
WHERE h.source IS NULL AND h.term IS NULL
SET h.source = 'article'
RETURN count(h) AS n
