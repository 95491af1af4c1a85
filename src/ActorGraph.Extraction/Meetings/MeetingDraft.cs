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
    string Evidence)
{
    /// <summary>Which trigger and frame found the meeting, for <c>extract --explain</c>.</summary>
    public string Rule { get; init; } = "";

    /// <summary>False when nothing but the verb set the mode and the verb fits a call as well ("spoke to", "talked with").</summary>
    public bool ModeStated { get; init; } = true;
}
