namespace ActorGraph.Core.Annotation;

public sealed record PlaceMention(string Name, string? Country, string Kind = "city");
