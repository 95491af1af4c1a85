namespace ActorGraph.Core.Annotation;

public sealed record OrganizationMention(string Name, IReadOnlyList<string> Aliases, string? Country);
