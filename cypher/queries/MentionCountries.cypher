// The countries each article of a batch refers to. The articles are new in this transaction, so their links are
// created, not merged (a merge would look through every article a country was ever mentioned in).
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (n:Country {id: row.id})
CREATE (n)-[:MENTIONED_IN]->(a)
RETURN count(n) AS n
