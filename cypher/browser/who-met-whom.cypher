// Who met whom around a person
// Everyone the person met or was due to meet, and the meetings they share (each meeting's status says which).
// Edit the name on the first line (a full name, a surname or an alias, any case).
WITH "Blinken" AS name
MATCH (p:Person)
WHERE p.nameKey = toLower(trim(name)) OR p.surnameKey = toLower(trim(name)) OR toLower(trim(name)) IN coalesce(p.aliasKeys, [])
MATCH (p)-[a1:ATTENDED]->(m:Meeting)<-[a2:ATTENDED]-(other:Person)
WHERE other <> p
RETURN p, a1, m, a2, other
ORDER BY m.date DESC
