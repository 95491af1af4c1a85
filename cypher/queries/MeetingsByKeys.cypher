// The stored meetings of the given groups (participants, or gatherings) with the fingerprint they were derived with
// (ClusteredMeeting.FingerprintHash): a newly derived meeting with the same one is left as it is. A meeting stored
// before fingerprints were kept has none, and is written again once. The index hint keeps a plan made while the graph
// was empty (a label scan) from being reused on a large one.
MATCH (m:Meeting)
USING INDEX m:Meeting(groupKey)
WHERE m.groupKey IN $keys
RETURN m.id, m.fingerprint
