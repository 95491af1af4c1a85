// The version of a reference data set (the office-holders table) this graph holds (null before the first load), and
// whether the graph is empty (the first node answers that; counting them all read the whole graph at each start), in
// which case the load creates instead of merging.
OPTIONAL MATCH (r:ReferenceData {id: $name})
WITH r.version AS version
OPTIONAL MATCH (n)
WITH version, n LIMIT 1
RETURN version, n IS NULL AS empty
