// The people an article mentions.
MATCH (a:Article {id: $articleId})
UNWIND $ids AS id
MATCH (n:Person {id: id})
MERGE (n)-[:MENTIONED_IN]->(a)
RETURN count(n) AS n
