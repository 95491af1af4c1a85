namespace ActorGraph.Core.Storage;

public sealed record Counterpart(
    PersonSummary Person,
    int Count,
    string? FirstDate,
    string? LastDate,
    IReadOnlyList<MeetingRecord> Meetings);
