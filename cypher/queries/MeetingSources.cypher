// The articles that report each meeting, with the sentence that says so.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})-[r:REPORTED_IN]->(a:Article)
RETURN m.id AS meetingId, a.id AS articleId, a.title AS title, a.url AS url, a.source AS source, a.publishedAt AS publishedAt,
       r.evidence AS evidence, a.recordId AS recordId
