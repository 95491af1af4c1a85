// The version of a reference data set (the office-holders table) this graph holds (null before the first load), and
// whether the graph is empty, in which case the load creates instead of merging.
OPTIONAL MATCH (r:ReferenceData {id: $name})
WITH r.version AS version
OPTIONAL MATCH (n)
RETURN version, count(n) = 0 AS empty
