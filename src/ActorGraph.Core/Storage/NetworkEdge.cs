namespace ActorGraph.Core.Storage;

/// <summary>Two people who met, with how many meetings link them. <see cref="Source"/> sorts before <see cref="Target"/>.</summary>
public sealed record NetworkEdge(string Source, string Target, int Meetings);
