using ActorGraph.Core.Annotation;
using ActorGraph.Core.Identity;
using ActorGraph.Core.Storage;

namespace ActorGraph.Ingestion.Tests.Ingestion;

/// <summary>
/// A store that keeps article ids and the size of every committed batch, and can be told to fail a batch: enough to
/// check how the loader batches, resumes and reports, without a database (the stores have their own suite).
/// </summary>
internal sealed class MemoryGraphStore : IGraphStore
{
    public HashSet<string> ArticleIds { get; } = new(StringComparer.Ordinal);

    public List<int> Batches { get; } = [];

    /// <summary>Throws on this batch (1-based) before anything of it is kept, as a store that went down would.</summary>
    public int FailOnBatch { get; set; }

    public Task<UpsertResult> UpsertAsync(ArticleGraph graph, CancellationToken cancellationToken) => throw new NotSupportedException("the loader writes in batches");

    public Task<IReadOnlyList<UpsertResult>> UpsertBatchAsync(IReadOnlyList<ArticleGraph> graphs, CancellationToken cancellationToken)
    {
        if (Batches.Count + 1 == FailOnBatch)
        {
            throw new IOException("the store went away");
        }

        Batches.Add(graphs.Count);
        IReadOnlyList<UpsertResult> results = [.. graphs.Select(g =>
        {
            var id = NodeIds.Article(g.Article.Text);
            return new UpsertResult(id, ArticleIds.Add(id), g.Persons.Count, g.Meetings.Count);
        })];
        return Task.FromResult(results);
    }

    /// <summary>Makes reading the known people fail, as it does when the store is down between batches.</summary>
    public bool Down { get; set; }

    public Task<IReadOnlyList<KnownActor>> GetKnownActorsAsync(CancellationToken cancellationToken) =>
        Down ? throw new IOException("the store went away") : Task.FromResult<IReadOnlyList<KnownActor>>([]);

    public Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new StoreStatistics(ArticleIds.Count, 0, 0, 0, 0, 0));

    public Task<MeetingEdit> MergeMeetingsAsync(IReadOnlyList<string> meetingIds, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the loader's tests keep no meetings");

    public Task<MeetingEdit> SplitMeetingAsync(string meetingId, IReadOnlyList<string> articleIds, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the loader's tests keep no meetings");

    public Task<int> MergePersonsAsync(string keptId, string goneId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the loader's tests keep no people");

    public Task<PersonSplitResult> SplitPersonAsync(string personId, IReadOnlyList<string> articleIds, string? name, string? country, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the loader's tests keep no people");
}
