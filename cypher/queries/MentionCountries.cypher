// The countries an article refers to.
MATCH (a:Article {id: $articleId})
UNWIND $ids AS id
MATCH (n:Country {id: id})
MERGE (n)-[:MENTIONED_IN]->(a)
RETURN count(n) AS n
