namespace ActorGraph.Cli.Commands;

/// <summary>Who the query benchmark asks about: the busiest person, the second busiest, one of middling activity, and the busiest one's country.</summary>
internal sealed record QueryBenchNames(string Busiest, string Second, string Middling, string Country);
