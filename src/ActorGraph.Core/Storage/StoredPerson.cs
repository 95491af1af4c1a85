namespace ActorGraph.Core.Storage;

/// <summary>A person as a store keeps them, enough to decide whether a new mention is the same person.</summary>
public sealed record StoredPerson(string Id, string Name, string? Country, string? WikidataId = null);
