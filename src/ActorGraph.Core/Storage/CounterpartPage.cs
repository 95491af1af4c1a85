namespace ActorGraph.Core.Storage;

/// <summary>One page of a person's counterparts, ranked as <see cref="IGraphQueries.WhoMetAsync"/> ranks them, and how many there are in all.</summary>
public sealed record CounterpartPage(IReadOnlyList<Counterpart> Counterparts, int Total);
