// Test suites only: index statistics sampled again after the graph was emptied, so the planner costs a statement on
// what the graph holds now, not on the thousands of nodes earlier tests wrote (stale samples made it choose scans).
CALL db.resampleOutdatedIndexes()
