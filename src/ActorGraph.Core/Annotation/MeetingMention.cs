using ActorGraph.Core.Model;

namespace ActorGraph.Core.Annotation;

/// <summary>A meeting as one article reports it; <see cref="Participants"/> are persons' names.</summary>
public sealed record MeetingMention(
    IReadOnlyList<string> Participants,
    MeetingStatus Status,
    MeetingMode Mode,
    string? Date,
    string? Place,
    string? Country,
    string? Evidence);
