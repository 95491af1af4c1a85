// Records that a reference data set is loaded, so later starts skip it until the table changes.
MERGE (r:ReferenceData {id: $name})
SET r.version = $version, r.loadedAt = $loadedAt
RETURN r.version AS version
