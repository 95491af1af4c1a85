namespace ActorGraph.Ingestion;

/// <summary>Totals since the process started, as <c>/health</c> shows them.</summary>
/// <param name="MeanArticleMs">Mean time to extract and store one article (its share of a batch's write).</param>
public sealed record IngestionCounters(long ArticlesStored, long ArticlesAlreadyStored, long ArticlesRejected, long FilesProcessed, long FilesFailed, long InboxPending, double MeanArticleMs);
