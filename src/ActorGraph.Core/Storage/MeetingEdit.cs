namespace ActorGraph.Core.Storage;

/// <summary>What a merge or split did: the meetings the edited reports now form, and the decisions kept for later ingests.</summary>
public sealed record MeetingEdit(IReadOnlyList<string> MeetingIds, int DecisionsRecorded);
