namespace ActorGraph.Extraction.Ingestion;

/// <param name="Origin">Where the article came from ("samples/a.txt", "feed.jsonl:12").</param>
/// <param name="ArticleId">Null when the article could not be read or stored.</param>
/// <param name="Created">False when the same article was already in the graph.</param>
/// <param name="Error">Why the article was not stored; null on success.</param>
public sealed record IngestOutcome(string Origin, string? Title, string? ArticleId, bool Created, int Persons, int Meetings, string? Error)
{
    public bool Succeeded => Error is null;
}
