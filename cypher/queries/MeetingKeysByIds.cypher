// The groups (participants, or gatherings) of the given meetings, to load their reports before a person merges or splits them.
MATCH (m:Meeting)
USING INDEX m:Meeting(id)
WHERE m.id IN $ids AND m.groupKey IS NOT NULL
RETURN DISTINCT m.groupKey
