namespace ActorGraph.Core.ReferenceData;

public sealed record OrganizationEntry(string Name, IReadOnlyList<string> Aliases, string? Country = null);
