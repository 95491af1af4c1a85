namespace ActorGraph.Core.Annotation;

public sealed record OfficeMention(string Title, string? Country);
