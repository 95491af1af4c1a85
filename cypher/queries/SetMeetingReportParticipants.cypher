// Reports whose participants changed (a person merged two people): their new participants and group.
UNWIND $rows AS row
MATCH (r:MeetingReport {id: row.id})
SET r.participantsKey = row.participantsKey, r.groupKey = row.groupKey
RETURN count(r) AS n
