// The people an article mentions (written earlier in the transaction; merged on the id, not matched: see
// CreateSeedPersons).
MATCH (a:Article {id: $articleId})
UNWIND $ids AS id
MERGE (n:Person {id: id})
MERGE (n)-[:MENTIONED_IN]->(a)
RETURN count(n) AS n
