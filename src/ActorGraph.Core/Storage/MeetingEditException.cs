namespace ActorGraph.Core.Storage;

/// <summary>A merge or split that cannot be done as asked (unknown meeting, different people, nothing to split off); the message says why.</summary>
public sealed class MeetingEditException(string message) : Exception(message);
