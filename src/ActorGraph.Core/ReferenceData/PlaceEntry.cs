namespace ActorGraph.Core.ReferenceData;

public sealed record PlaceEntry(string Name, string Country, string Kind = "city");
