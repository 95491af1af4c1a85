// The articles and records that mention a person, to check a person's split of it.
MATCH (:Person {id: $id})-[:MENTIONED_IN]->(a:Article)
RETURN a.id AS id
