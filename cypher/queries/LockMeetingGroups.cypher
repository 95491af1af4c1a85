// Starts a derivation of each group's meetings: takes the group's write lock (rows in key order, so two writers
// never wait on each other in a cycle) until the transaction ends, and gives it a new version. The version before
// tells a writer whether the reports it cached from an earlier batch are still the group's.
UNWIND $rows AS row
MERGE (g:MeetingGroup {key: row.key})
SET g.previous = g.version, g.version = row.version
RETURN g.key AS key, g.previous AS previous
