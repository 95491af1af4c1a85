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

    /// <summary>
    /// Makes the given meetings one (a person's correction of a wrong split), and records it so that later ingests
    /// keep them together. Only meetings of the same people can be merged (<see cref="GraphEditException"/> otherwise).
    /// </summary>
    Task<MeetingEdit> MergeMeetingsAsync(IReadOnlyList<string> meetingIds, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the reports of the given articles out of a meeting as a meeting of their own (a person's correction of a
    /// wrong merge), and records it so that later ingests keep them apart. With no articles named, a meeting of two
    /// sources is split in two. The first id of the result is the meeting that stays, the second the one split off.
    /// </summary>
    Task<MeetingEdit> SplitMeetingAsync(string meetingId, IReadOnlyList<string> articleIds, CancellationToken cancellationToken);

    /// <summary>
    /// Makes two people one (a name the rules did not join, "Tony Blinken" and "Antony Blinken"): the kept person takes
    /// the other's names, offices, mentions and meetings, whose meetings are derived again; recorded, and later
    /// articles naming either find the kept person. Refused (<see cref="GraphEditException"/>) for an unknown id or
    /// two different people of the office-holders table. Returns the number of meeting reports that changed.
    /// </summary>
    Task<int> MergePersonsAsync(string keptId, string goneId, CancellationToken cancellationToken);

    /// <summary>
    /// Makes one person two (the rules joined two people of one name): the mentions, offices stated and meeting reports
    /// of the given articles go to a new person (named <paramref name="name"/>, or as the person is; of
    /// <paramref name="country"/>, or the person's), whose meetings are derived again; recorded. Refused
    /// (<see cref="GraphEditException"/>) for an unknown person, an article that does not mention it, or all of them.
    /// </summary>
    Task<PersonSplitResult> SplitPersonAsync(string personId, IReadOnlyList<string> articleIds, string? name, string? country, CancellationToken cancellationToken);
}
