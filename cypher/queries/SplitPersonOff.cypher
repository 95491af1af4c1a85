// A person's split of one person in two: a new person (its name also a PersonName) takes the mentions and the offices
// stated by the given articles, and remembers whom it was split from. The store then moves the articles' meeting
// reports to it and derives their meetings again.
MATCH (old:Person {id: $person})
CREATE (p:Person {id: $id, name: $name, nameKey: $nameKey, surnameKey: $surnameKey, country: $country, aliases: [$name], aliasKeys: [$nameKey],
                  inSources: true, inTable: false, splitFrom: $person, splitArticles: $articles})
MERGE (n:PersonName {key: $nameKey})
MERGE (n)-[:NAMES]->(p)
WITH old, p
OPTIONAL MATCH (c:Country {id: $country})
FOREACH (x IN CASE WHEN c IS NULL THEN [] ELSE [c] END | MERGE (p)-[:REPRESENTS]->(x))
WITH DISTINCT old, p
OPTIONAL MATCH (old)-[m:MENTIONED_IN]->(a:Article)
USING INDEX a:Article(id)
WHERE a.id IN $articles
FOREACH (x IN CASE WHEN a IS NULL THEN [] ELSE [a] END | MERGE (p)-[:MENTIONED_IN]->(x))
DELETE m
WITH DISTINCT old, p
OPTIONAL MATCH (old)-[h:HOLDS {source: 'article'}]->(o:Office)
WHERE h.articleId IN $articles
FOREACH (x IN CASE WHEN o IS NULL THEN [] ELSE [o] END | MERGE (p)-[k:HOLDS {source: 'article'}]->(x) ON CREATE SET k.asOf = h.asOf, k.articleId = h.articleId)
DELETE h
RETURN DISTINCT p.id
