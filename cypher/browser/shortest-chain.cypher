// The shortest chain of meetings between two people
// Edit both names on the first line.
// The path may only run through ATTENDED relationships and meetings that were not called off. (A typed
// shortestPath would say the same, but the npm-packaged Neo4j 3.1.1 on Java 17 cannot run one.)
WITH "Blinken" AS fromName, "Kishida" AS toName
MATCH (a:Person)
WHERE a.nameKey = toLower(trim(fromName)) OR a.surnameKey = toLower(trim(fromName))
WITH a, toName
MATCH (b:Person)
WHERE b.nameKey = toLower(trim(toName)) OR b.surnameKey = toLower(trim(toName))
MATCH path = shortestPath((a)-[*..12]-(b))
WHERE all(r IN relationships(path) WHERE type(r) = 'ATTENDED')
  AND all(n IN nodes(path) WHERE NOT n:Meeting OR n.status <> 'cancelled')
RETURN path
