using ActorGraph.TestSupport.Neo4j;

namespace ActorGraph.Storage.Tests.Conformance;

/// <summary>The Neo4j store on the test run's server; "empty" means every node deleted first.</summary>
public sealed class Neo4jStoreUnderTest : StoreUnderTest
{
    private static Neo4jStoreUnderTest? _shared;
    private readonly Neo4jServerFixture _server;

    private Neo4jStoreUnderTest(Neo4jServerFixture server) => _server = server;

    /// <summary>One instance per server, so the sample graph is ingested once per run rather than once per test.</summary>
    public static Neo4jStoreUnderTest For(Neo4jServerFixture server) => _shared is { } shared && ReferenceEquals(shared._server, server) ? shared : _shared = new Neo4jStoreUnderTest(server);

    public override string? SkipReason => _server.SkipReason;

    protected override int Generation => _server.Generation;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Neo4j:MaxRetries"] = "2",
        ["Neo4j:RetryDelay"] = "00:00:00.100",
    };

    protected override async Task<string> EmptyLocationAsync(CancellationToken cancellationToken)
    {
        await _server.DeleteEverythingAsync(cancellationToken);
        return _server.StoreUrl!;
    }
}
