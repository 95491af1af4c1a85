// People of the office-holders table into an empty graph, in batches: each person with their name forms
// (PersonName nodes) and their terms of office (HOLDS to Office nodes, merged). Everything else is found by MERGE on
// a unique key, never by MATCH: on a new database Neo4j 3.x plans a MATCH by id as a scan until its index statistics
// catch up, which makes a bulk load crawl.
UNWIND $rows AS row
CREATE (p:Person {id: row.id, name: row.name, nameKey: row.nameKey, surnameKey: row.surnameKey, country: row.country,
                  wikidataId: row.wikidataId, aliases: row.aliases, aliasKeys: row.aliasKeys, inSources: false, inTable: true})
FOREACH (key IN row.aliasKeys |
  MERGE (n:PersonName {key: key})
  CREATE (n)-[:NAMES]->(p))
FOREACH (t IN row.terms |
  MERGE (o:Office {id: t.officeId})
    ON CREATE SET o.title = t.title, o.country = t.country, o.kind = t.kind, o.titleKey = t.titleKey, o.inTable = true
  CREATE (p)-[:HOLDS {term: t.term, from: t.from, to: t.to, fromEarliest: t.fromEarliest, toLatest: t.toLatest,
                      confirmedUntil: t.confirmedUntil, source: t.source}]->(o))
RETURN count(p) AS n
