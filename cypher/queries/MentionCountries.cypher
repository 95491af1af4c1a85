// The countries each article of a batch refers to. The articles are new in this transaction, so their links are
// created, not merged (a merge would look through every article a country was ever mentioned in).
// The article and the node are found with MERGE on their unique ids (both exist, written earlier in the transaction):
// MERGE always seeks the constraint, where MATCH with a per-row id was planned as a scan of the whole id index.
UNWIND $rows AS row
MERGE (a:Article {id: row.articleId})
MERGE (n:Country {id: row.id})
CREATE (n)-[:MENTIONED_IN]->(a)
RETURN count(n) AS n
