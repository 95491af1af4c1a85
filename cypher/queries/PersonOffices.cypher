// The offices a person holds, with the earliest date a source states it.
MATCH (:Person {id: $id})-[h:HOLDS]->(o:Office)
RETURN o.title AS title, o.country AS country, h.asOf AS asOf
