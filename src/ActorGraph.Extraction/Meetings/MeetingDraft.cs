using ActorGraph.Core.Model;
using ActorGraph.Extraction.Recognition;

namespace ActorGraph.Extraction.Meetings;

internal sealed record MeetingDraft(
    IReadOnlyList<PersonEntity> Participants,
    MeetingStatus Status,
    MeetingMode Mode,
    DateOnly? Date,
    string? Place,
    string? Country,
    string Evidence);
