// Terms of an earlier version of the office-holders table, removed before the new version is loaded (in batches).
MATCH ()-[h:HOLDS]->()
WHERE h.term IS NOT NULL
WITH h LIMIT $limit
DELETE h
RETURN count(h) AS n
