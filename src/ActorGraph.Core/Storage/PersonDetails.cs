namespace ActorGraph.Core.Storage;

public sealed record PersonDetails(PersonSummary Person, IReadOnlyList<OfficeHeld> Offices, int MeetingCount);
