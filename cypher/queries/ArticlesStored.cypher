// Which of a batch's articles (by content hash) are already stored; re-ingesting one changes nothing.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id
