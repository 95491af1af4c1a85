namespace ActorGraph.Core.Storage;

/// <summary>
/// A person's merge or split of meetings or people that cannot be done as asked (an unknown id, meetings of different
/// people, nothing to split off); the message says why, and nothing was changed.
/// </summary>
public sealed class GraphEditException(string message) : Exception(message);
