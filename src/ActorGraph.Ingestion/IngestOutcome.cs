using ActorGraph.Core.Annotation;

namespace ActorGraph.Ingestion;

/// <param name="Origin">Where the article came from ("samples/a.txt", "feed.jsonl:12").</param>
/// <param name="ArticleId">Null when the article could not be read or stored.</param>
/// <param name="Created">False when the same article was already in the graph.</param>
/// <param name="Error">Why the article was not stored; null on success.</param>
/// <param name="Graph">What was extracted (null when the article could not be read).</param>
public sealed record IngestOutcome(string Origin, string? Title, string? ArticleId, bool Created, int Persons, int Meetings, string? Error, ArticleGraph? Graph = null)
{
    public bool Succeeded => Error is null;

    public static IngestOutcome Failed(string origin, string error) => new(origin, null, null, false, 0, 0, error);
}
