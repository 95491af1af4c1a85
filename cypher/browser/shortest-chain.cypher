// The shortest chain of meetings between two people
// Set both first, e.g.  :param from => "Blinken"  and  :param to => "Kishida"
// The path may only run through ATTENDED relationships and meetings that were not called off. (A typed
// shortestPath would say the same, but the npm-packaged Neo4j 3.1.1 on Java 17 cannot run one.)
MATCH (a:Person)
WHERE a.nameKey = toLower(trim($from)) OR a.surnameKey = toLower(trim($from))
WITH a
MATCH (b:Person)
WHERE b.nameKey = toLower(trim($to)) OR b.surnameKey = toLower(trim($to))
MATCH path = shortestPath((a)-[*..12]-(b))
WHERE all(r IN relationships(path) WHERE type(r) = 'ATTENDED')
  AND all(n IN nodes(path) WHERE NOT n:Meeting OR n.status <> 'cancelled')
RETURN path
