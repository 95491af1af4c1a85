namespace ActorGraph.Core.Storage;

/// <summary>
/// The shortest chain of meetings between two people: <see cref="Meetings"/>[i] links
/// <see cref="Persons"/>[i] and <see cref="Persons"/>[i + 1].
/// </summary>
public sealed record ConnectionPath(IReadOnlyList<PersonSummary> Persons, IReadOnlyList<MeetingRecord> Meetings)
{
    public int Hops => Meetings.Count;
}
