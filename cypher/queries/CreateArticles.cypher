// The articles of a batch. CREATE, not MERGE: the unique constraint on id makes a concurrent second writer of the
// same article fail, and the store then stores the batch's articles one by one. recordId is set for official records only.
UNWIND $rows AS row
CREATE (a:Article {id: row.id, title: row.title, url: row.url, source: row.source, publishedAt: row.publishedAt, ingestedAt: row.ingestedAt,
                   text: row.text, recordId: row.recordId})
RETURN count(a) AS n
