using System.Text.Json.Serialization;
using ActorGraph.Core.Model;

namespace ActorGraph.Core.Annotation;

/// <summary>A meeting as one article reports it; <see cref="Participants"/> are persons' names.</summary>
/// <param name="EndDate">The last day, for a meeting that spans several (a visit); null for a one-day meeting.</param>
/// <param name="Gathering">
/// The summit or conference this is, when a source reports one participant's part in a gathering of many (an official
/// record of one leader's attendance): reports of the same gathering on overlapping days are one meeting of all their
/// participants. Null for a meeting that is just its participants.
/// </param>
public sealed record MeetingMention(
    IReadOnlyList<string> Participants,
    MeetingStatus Status,
    MeetingMode Mode,
    string? Date,
    string? Place,
    string? Country,
    string? Evidence,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? EndDate = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Gathering = null);
