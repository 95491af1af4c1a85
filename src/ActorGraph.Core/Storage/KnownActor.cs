namespace ActorGraph.Core.Storage;

public sealed record KnownActor(string Id, string Name, IReadOnlyList<string> Aliases, string? Country);
