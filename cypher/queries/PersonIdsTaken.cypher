// Which of the proposed new person ids are already used by a namesake.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id
