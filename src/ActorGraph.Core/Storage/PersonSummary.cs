namespace ActorGraph.Core.Storage;

public sealed record PersonSummary(string Id, string Name, string? Country, IReadOnlyList<string> Aliases);
