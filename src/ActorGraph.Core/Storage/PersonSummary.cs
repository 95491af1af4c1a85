namespace ActorGraph.Core.Storage;

/// <param name="WikidataId">The Wikidata item, for a person the office-holders table knows.</param>
public sealed record PersonSummary(string Id, string Name, string? Country, IReadOnlyList<string> Aliases, string? WikidataId = null);
