using ActorGraph.Core.Model;

namespace ActorGraph.Core.Storage;

/// <param name="Place">Place name, when the sources name one.</param>
/// <param name="Country">ISO code of the country it took place in, when known.</param>
/// <param name="ParticipantIds">Person ids, ordered.</param>
/// <param name="EndDate">The last day of a meeting that spans several (a state visit); null for one day.</param>
/// <param name="WindowFrom">The first day it may have taken place on (<see cref="MeetingWindow"/>): its date when dated.</param>
/// <param name="WindowTo">The last day it may have taken place on; null with <paramref name="WindowFrom"/> when no report gave a day.</param>
public sealed record MeetingRecord(
    string Id,
    string? Date,
    MeetingStatus Status,
    MeetingMode Mode,
    string? Place,
    string? Country,
    IReadOnlyList<string> ParticipantIds,
    string? EndDate = null,
    string? WindowFrom = null,
    string? WindowTo = null)
{
    /// <summary>How exactly its date is known: from its day, its first and last days, its window, or not at all.</summary>
    public DatePrecision Precision => (Date, EndDate, WindowFrom) switch
    {
        (not null, null, _) => DatePrecision.Day,
        (not null, not null, _) => DatePrecision.Days,
        (null, _, not null) => DatePrecision.Window,
        _ => DatePrecision.Unknown,
    };
}
