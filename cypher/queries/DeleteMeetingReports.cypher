// Reports that are of no meeting any more (their two participants were one person), with the decisions on them.
UNWIND $ids AS id
MATCH (r:MeetingReport {id: id})
DETACH DELETE r
RETURN count(*) AS n
