namespace ActorGraph.Storage.Tests.Neo4j;

/// <summary>Tests that share the run's Neo4j server, and so its single database, run one after another.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Neo4jServerGroup
{
    public const string Name = "neo4j";
}
