using ActorGraph.Core.Annotation;
using ActorGraph.Core.Storage;

namespace ActorGraph.Hosting.Tests;

/// <summary>A store that can only count (or fail to): what <c>/health</c> asks of one.</summary>
internal sealed class StatisticsOnlyStore(Func<StoreStatistics> statistics) : IGraphStore
{
    public Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken) => Task.FromResult(statistics());

    public Task<UpsertResult> UpsertAsync(ArticleGraph graph, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<UpsertResult>> UpsertBatchAsync(IReadOnlyList<ArticleGraph> graphs, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<KnownActor>> GetKnownActorsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<MeetingEdit> MergeMeetingsAsync(IReadOnlyList<string> meetingIds, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<MeetingEdit> SplitMeetingAsync(string meetingId, IReadOnlyList<string> articleIds, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<int> MergePersonsAsync(string keptId, string goneId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<PersonSplitResult> SplitPersonAsync(string personId, IReadOnlyList<string> articleIds, string? name, string? country, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
