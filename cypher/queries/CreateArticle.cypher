// The article node. CREATE, not MERGE: the unique constraint on id makes a concurrent second writer of the same
// article fail, and the store reports that article as already stored. recordId is set for official records only.
CREATE (a:Article {id: $id, title: $title, url: $url, source: $source, publishedAt: $publishedAt, ingestedAt: $ingestedAt, text: $text, recordId: $recordId})
RETURN a.id AS id
