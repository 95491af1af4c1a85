// Rulings a newer merge or split contradicts (a split undoes the joins across it; a merge the separations within it).
UNWIND $rows AS row
MATCH (a:MeetingReport {id: row.reportA})-[d:SAME_MEETING|APART_MEETING]->(b:MeetingReport {id: row.reportB})
WHERE (type(d) = 'SAME_MEETING' AND row.kind = 'same') OR (type(d) = 'APART_MEETING' AND row.kind = 'apart')
DELETE d
RETURN count(*) AS n
