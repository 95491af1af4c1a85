namespace ActorGraph.Core.ReferenceData;

/// <summary>An office title, its surface forms, and whether it is a royal title that precedes a single given name.</summary>
public sealed record TitleEntry(string Title, IReadOnlyList<string> Forms, bool Royal = false);
