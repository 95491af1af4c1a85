// The organizations each article of a batch mentions (new articles: links created, not merged).
// The article and the node are found with MERGE on their unique ids (both exist, written earlier in the transaction):
// MERGE always seeks the constraint, where MATCH with a per-row id was planned as a scan of the whole id index.
UNWIND $rows AS row
MERGE (a:Article {id: row.articleId})
MERGE (n:Organization {id: row.id})
CREATE (n)-[:MENTIONED_IN]->(a)
RETURN count(n) AS n
