// The organizations each article of a batch mentions (new articles: links created, not merged).
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (n:Organization {id: row.id})
CREATE (n)-[:MENTIONED_IN]->(a)
RETURN count(n) AS n
