namespace ActorGraph.Core.Storage;

public sealed record PersonNetwork(PersonSummary Center, IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges);
