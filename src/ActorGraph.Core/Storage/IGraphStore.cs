using ActorGraph.Core.Annotation;

namespace ActorGraph.Core.Storage;

/// <summary>The write side of the graph: one article at a time, atomically and idempotently.</summary>
public interface IGraphStore
{
    /// <summary>
    /// Stores an article and everything extracted from it in one transaction. Storing the same article text again
    /// changes nothing. People are merged with those already in the graph by name, alias or unique surname.
    /// </summary>
    Task<UpsertResult> UpsertAsync(ArticleGraph graph, CancellationToken cancellationToken);

    /// <summary>
    /// Stores several articles in one transaction: all of them or none (bulk loads commit once per batch instead of
    /// once per article). Results are in the order of <paramref name="graphs"/>; an article repeated within the
    /// batch, or already stored, comes back with <see cref="UpsertResult.Created"/> false.
    /// </summary>
    Task<IReadOnlyList<UpsertResult>> UpsertBatchAsync(IReadOnlyList<ArticleGraph> graphs, CancellationToken cancellationToken);

    /// <summary>People already in the graph, so the extractor can recognise "Blinken" as Antony Blinken.</summary>
    Task<IReadOnlyList<KnownActor>> GetKnownActorsAsync(CancellationToken cancellationToken);

    Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken);
}
