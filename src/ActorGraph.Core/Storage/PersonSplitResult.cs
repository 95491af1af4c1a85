namespace ActorGraph.Core.Storage;

/// <summary>What a person split did: the new person's id and how many meeting reports now name it.</summary>
public sealed record PersonSplitResult(string PersonId, string NewPersonId, int ReportsMoved);
