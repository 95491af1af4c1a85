namespace ActorGraph.Core.Storage;

/// <param name="AsOf">Publication date of the earliest article that states it, when known.</param>
public sealed record OfficeHeld(string Title, string? Country, string? AsOf);
