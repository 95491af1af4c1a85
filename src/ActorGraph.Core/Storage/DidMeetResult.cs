namespace ActorGraph.Core.Storage;

public sealed record DidMeetResult(PersonSummary A, PersonSummary B, IReadOnlyList<MeetingRecord> Meetings)
{
    /// <summary>True when at least one of their meetings is reported as held (planned or called-off ones do not count).</summary>
    public bool Met => Meetings.Any(m => m.Status == Model.MeetingStatus.Held);
}
