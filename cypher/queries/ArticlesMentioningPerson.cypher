// The articles and records that mention a person, to check a person's split of it.
MATCH (person:Person {id: $id})-[:MENTIONED_IN]->(a:Article)
USING INDEX person:Person(id)
RETURN a.id AS id
