namespace ActorGraph.Core.Storage;

/// <param name="Distance">Hops from the centre person (0 for the centre).</param>
public sealed record NetworkNode(PersonSummary Person, int Distance);
