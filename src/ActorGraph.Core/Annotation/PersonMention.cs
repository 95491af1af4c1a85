namespace ActorGraph.Core.Annotation;

public sealed record PersonMention(
    string Name,
    IReadOnlyList<string> Aliases,
    string? Country,
    IReadOnlyList<OfficeMention> Offices,
    string? Evidence = null);
