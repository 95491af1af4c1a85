// The people each article of a batch mentions. The articles are new in this transaction, so their links are created,
// not merged; the person (written earlier in the transaction) is merged on its id, not matched: see CreateSeedPersons.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (n:Person {id: row.id})
CREATE (n)-[:MENTIONED_IN]->(a)
RETURN count(n) AS n
