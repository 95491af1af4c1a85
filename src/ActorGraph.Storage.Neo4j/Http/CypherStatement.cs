namespace ActorGraph.Storage.Neo4j.Http;

/// <summary>One statement from cypher/ with its parameters. <see cref="Name"/> is the file it came from, for error messages.</summary>
public sealed record CypherStatement(string Name, string Text, IReadOnlyDictionary<string, object?> Parameters);
