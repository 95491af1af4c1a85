// Whether an article with this content hash is already stored (re-ingesting it changes nothing).
MATCH (a:Article {id: $id})
RETURN count(a) AS n
