using System.Net;
using ActorGraph.Storage.Neo4j;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ActorGraph.Storage.Tests.Neo4j;

/// <summary>How the client discovers servers, speaks each HTTP interface, retries, and explains failures.</summary>
public sealed class Neo4jClientTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static readonly CypherStatement Ping = new("Ping", "RETURN $x AS x", new Dictionary<string, object?> { ["x"] = 1 });

    [Fact]
    public async Task QueryApiServer_OneStatement_IsPostedToQueryV2_AndItsRowsRead()
    {
        var handler = new ScriptedNeo4jHandler((request, _) => request.RequestUri!.AbsolutePath switch
        {
            "/" => (HttpStatusCode.OK, """{"neo4j_version":"5.26.0","query":"http://localhost:7474/db/{databaseName}/query/v2","transaction":"http://localhost:7474/db/{databaseName}/tx"}""", null),
            "/db/graph/query/v2" => (HttpStatusCode.Accepted, """{"data":{"fields":["x","names"],"values":[[1,["a","b"]],[2,[]]]},"bookmarks":["b1"]}""", null),
            _ => (HttpStatusCode.NotFound, "", null),
        });
        using var client = Client(handler, o => { o.Database = "graph"; o.ApplySchema = false; });

        var result = await client.RunAsync(Ping, Cancellation);

        Assert.Equal(Neo4jInterface.QueryApi, client.Server!.Interface);
        Assert.Equal(["x", "names"], result.Columns);
        Assert.Equal([1L, 2L], result.Rows.Select(r => r[0].Number()));
        Assert.Equal(["a", "b"], result.Rows[0][1].StringList());
        var sent = handler.Requests.Single(r => r.Path == "/db/graph/query/v2").Body!.Value;
        Assert.Equal("RETURN $x AS x", sent.GetProperty("statement").GetString());
        Assert.Equal(1, sent.GetProperty("parameters").GetProperty("x").GetInt32());
    }

    [Fact]
    public async Task QueryApiServer_SeveralStatements_RunInOneExplicitTransaction_PinnedByAffinity()
    {
        var handler = new ScriptedNeo4jHandler((request, _) => (request.Method.Method, request.RequestUri!.AbsolutePath) switch
        {
            ("GET", "/") => (HttpStatusCode.OK, """{"neo4j_version":"2025.01.0","query":"http://h/db/{databaseName}/query/v2"}""", null),
            ("POST", "/db/neo4j/query/v2/tx") => (HttpStatusCode.Accepted, """{"transaction":{"id":"tx 7","expires":"2026-01-01T00:00:00Z"}}""", new Dictionary<string, string> { ["neo4j-cluster-affinity"] = "member-2" }),
            ("POST", "/db/neo4j/query/v2/tx/tx%207") => (HttpStatusCode.Accepted, """{"data":{"fields":["x"],"values":[[1]]}}""", null),
            ("POST", "/db/neo4j/query/v2/tx/tx%207/commit") => (HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]},"bookmarks":["b"]}""", null),
            _ => (HttpStatusCode.NotFound, "", null),
        });
        using var client = Client(handler, o => o.ApplySchema = false);

        var results = await client.RunAsync([Ping, Ping], Cancellation);

        Assert.Equal(2, results.Count);
        Assert.Equal(["/", "/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/tx%207", "/db/neo4j/query/v2/tx/tx%207", "/db/neo4j/query/v2/tx/tx%207/commit"], handler.Requests.Select(r => r.Path));
        Assert.All(handler.Requests.Skip(2), r => Assert.Equal("member-2", r.Affinity));
    }

    [Fact]
    public async Task Neo4j4Server_UsesTheDatabasesTransactionalEndpoint_AndExplainsAMissingDatabase()
    {
        var handler = new ScriptedNeo4jHandler((request, _) => request.RequestUri!.AbsolutePath switch
        {
            "/" => (HttpStatusCode.OK, """{"neo4j_version":"4.4.30","transaction":"http://localhost:7474/db/{databaseName}/tx"}""", null),
            "/db/news/tx/commit" => (HttpStatusCode.NotFound, """{"results":[],"errors":[{"code":"Neo.ClientError.Database.DatabaseNotFound","message":"Database does not exist. Database name: 'news'."}]}""", null),
            _ => (HttpStatusCode.NotFound, "", null),
        });
        using var client = Client(handler, o => { o.Database = "news"; o.ApplySchema = false; });

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Ping, Cancellation));

        Assert.Equal(Neo4jInterface.Transactional, client.Server!.Interface);
        Assert.Equal(Neo4jErrorKind.DatabaseNotFound, error.Kind);
        Assert.Contains("ACTORGRAPH__NEO4J__DATABASE", error.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests, r => r.Path == "/db/news/tx/commit"); // not retried: waiting will not create it
    }

    [Fact]
    public async Task TransientError_IsRetriedWithBackOff_ThenSucceeds()
    {
        var attempts = 0;
        var handler = new ScriptedNeo4jHandler((request, _) => request.RequestUri!.AbsolutePath switch
        {
            "/" => (HttpStatusCode.OK, """{"neo4j_version":"4.4.0","transaction":"http://h/db/{databaseName}/tx"}""", null),
            _ => ++attempts < 3
                ? (HttpStatusCode.OK, """{"results":[],"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"deadlock"}]}""", null)
                : (HttpStatusCode.OK, """{"results":[{"columns":["x"],"data":[{"row":[1],"meta":[null]}]}],"errors":[]}""", null),
        });
        using var client = Client(handler, o => { o.ApplySchema = false; o.MaxRetries = 3; o.RetryDelay = TimeSpan.FromMilliseconds(1); });

        var result = await client.RunAsync(Ping, Cancellation);

        Assert.Equal(3, attempts);
        Assert.Equal(1, result.Rows[0][0].Number());
    }

    [Fact]
    public async Task SomethingElseOnThePort_IsNamedAsNotNeo4j()
    {
        var handler = new ScriptedNeo4jHandler((_, _) => (HttpStatusCode.OK, """{"status":"ok"}""", null));
        using var client = Client(handler, o => o.ApplySchema = false);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Ping, Cancellation));

        Assert.Equal(Neo4jErrorKind.Protocol, error.Kind);
        Assert.Contains("not like a Neo4j HTTP port", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingListening_IsReportedAsUnreachable_AfterTheRetries()
    {
        using var client = Client(new SocketsHttpHandler(), o => { o.Uri = new Uri($"http://127.0.0.1:{FreePort()}"); o.MaxRetries = 2; o.RetryDelay = TimeSpan.FromMilliseconds(10); });

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Ping, Cancellation));

        Assert.Equal(Neo4jErrorKind.Unavailable, error.Kind);
        Assert.Contains("Cannot reach Neo4j at http://127.0.0.1:", error.Message, StringComparison.Ordinal);
        Assert.Contains("gave up after 3 attempts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CredentialsInTheUrl_WinOverOptions_AndAreNotKeptInTheAddress()
    {
        var (address, authorization) = Neo4jClient.AddressAndCredentials(new Neo4jOptions { Uri = new Uri("http://alice:s%40cret@db.example:7474"), User = "neo4j", Password = "other" });

        Assert.Equal("http://db.example:7474/", address.ToString());
        Assert.Equal("Basic", authorization!.Scheme);
        Assert.Equal("alice:s@cret", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(authorization.Parameter!)));
    }

    internal static Neo4jClient Client(HttpMessageHandler handler, Action<Neo4jOptions> configure)
    {
        var options = new Neo4jOptions { Uri = new Uri("http://neo4j.test:7474"), Password = "pw", MaxRetries = 0 };
        configure(options);
        return new Neo4jClient(new SingleHandlerFactory(handler), Options.Create(options), CypherCatalog.Embedded, TimeProvider.System, NullLogger<Neo4jClient>.Instance);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class SingleHandlerFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}
