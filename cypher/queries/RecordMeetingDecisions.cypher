// A person's rulings on reports: SAME_MEETING joins two reports into one meeting, APART_MEETING keeps their
// meetings apart. Kept on the reports, so every later derivation of the meetings follows them.
UNWIND $rows AS row
MATCH (a:MeetingReport {id: row.reportA})
WITH a, row
MATCH (b:MeetingReport {id: row.reportB})
FOREACH (same IN CASE WHEN row.kind = 'same' THEN [1] ELSE [] END | MERGE (a)-[d:SAME_MEETING]->(b) ON CREATE SET d.decidedAt = row.decidedAt)
FOREACH (apart IN CASE WHEN row.kind = 'apart' THEN [1] ELSE [] END | MERGE (a)-[d:APART_MEETING]->(b) ON CREATE SET d.decidedAt = row.decidedAt)
RETURN count(*) AS n
