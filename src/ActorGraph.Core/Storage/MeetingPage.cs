namespace ActorGraph.Core.Storage;

/// <summary>One page of meetings in date order, whether more follow, and how many match in all (null when not asked for).</summary>
public sealed record MeetingPage(IReadOnlyList<MeetingRecord> Meetings, bool HasMore, int? Total);
