// Terms of office as HOLDS with from/to (partial dates as the source gives them; fromEarliest and toLatest bound
// them for date filters), one relationship per term; loading the same table again changes nothing. Person and
// office are merged on their unique ids (both exist): see CreateSeedPersons for why not matched.
UNWIND $rows AS row
MERGE (p:Person {id: row.personId})
MERGE (o:Office {id: row.officeId})
MERGE (p)-[h:HOLDS {term: row.term}]->(o)
  ON CREATE SET h.from = row.from, h.to = row.to, h.fromEarliest = row.fromEarliest, h.toLatest = row.toLatest,
                h.confirmedUntil = row.confirmedUntil, h.source = row.source
RETURN count(h) AS n
