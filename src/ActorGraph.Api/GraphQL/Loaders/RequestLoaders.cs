using ActorGraph.Core.Storage;

namespace ActorGraph.Api.GraphQL.Loaders;

/// <summary>The batch loaders of one GraphQL request, kept in its user context.</summary>
public sealed class RequestLoaders : Dictionary<string, object?>, IDisposable
{
    public RequestLoaders(IGraphQueries queries)
    {
        ArgumentNullException.ThrowIfNull(queries);
        Persons = new BatchLoader<string, PersonSummary>(queries.GetPersonsByIdsAsync);
        Sources = new BatchLoader<string, IReadOnlyList<MeetingSource>>(queries.GetSourcesByMeetingIdsAsync);
    }

    public BatchLoader<string, PersonSummary> Persons { get; }

    public BatchLoader<string, IReadOnlyList<MeetingSource>> Sources { get; }

    public void Dispose()
    {
        Persons.Dispose();
        Sources.Dispose();
    }
}
