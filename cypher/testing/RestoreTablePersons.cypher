// Test suites only: the table's people as the table has them, before any source named them. Names no longer theirs
// are found from the person's NAMES links, filtered afterwards (a pattern with a condition on the name was planned
// as a scan of every name for every person: 95 s for the 1,488 people the history-state import touches). The people
// are found with MERGE, which always seeks the unique id (they all exist): MATCH by id, even with an index hint, was
// planned in the suite as a scan of the id index for every row, as the application's writes found before.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.name = row.name, p.nameKey = row.nameKey, p.surnameKey = row.surnameKey, p.country = row.country, p.wikidataId = row.wikidataId,
    p.aliases = row.aliases, p.aliasKeys = row.aliasKeys, p.inSources = false
WITH p, row
FOREACH (stale IN [names IN [(p)<-[link:NAMES]-() | link] WHERE NOT startNode(names).key IN row.aliasKeys] | DELETE stale)
RETURN count(DISTINCT p) AS restored
