namespace ActorGraph.Storage.Neo4j.Http;

/// <summary>What discovery (<c>GET /</c>) found: the server's version and which HTTP interface to speak.</summary>
/// <param name="Version">As the server reports it, e.g. 3.1.1 or 5.26.0.</param>
public sealed record Neo4jServer(Uri Address, Version Version, Neo4jInterface Interface)
{
    /// <summary>Neo4j 4.4 and later understand <c>CREATE CONSTRAINT … FOR … REQUIRE</c>; older ones only <c>ON … ASSERT</c>.</summary>
    public bool HasModernSchemaSyntax => Version >= new Version(4, 4);

    /// <summary>Neo4j 4.0 and later host several databases; 3.x has one.</summary>
    public bool HasDatabases => Version.Major >= 4;
}
