using ActorGraph.Storage.Neo4j.Http;
using ActorGraph.TestSupport.Neo4j;

namespace ActorGraph.Storage.Tests.Neo4j;

/// <summary>What a user sees when the real server refuses them.</summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class Neo4jServerErrorTests(Neo4jServerFixture server)
{
    private static readonly CypherStatement Ping = new("Ping", "RETURN 1 AS x", new Dictionary<string, object?>());

    [Fact]
    public async Task WrongPassword_SaysSo_AndIsNotRetried()
    {
        server.RequireServer();
        var address = new Uri(server.StoreUrl!);
        using var client = Neo4jClientTests.Client(new SocketsHttpHandler(), o => { o.Uri = new Uri($"http://neo4j:wrong@{address.Authority}"); o.MaxRetries = 3; });

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Ping, TestContext.Current.CancellationToken));

        Assert.Equal(Neo4jErrorKind.Authentication, error.Kind);
        Assert.Contains("wrong user name or password", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("gave up", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DatabaseName_OnNeo4j3_IsRefusedWithTheReason()
    {
        server.RequireServer();
        if (server.Server is null)
        {
            Assert.Skip("The external server given by ACTORGRAPH_TEST_NEO4J_URL may host several databases.");
        }

        using var client = Neo4jClientTests.Client(new SocketsHttpHandler(), o => { o.Uri = new Uri(server.StoreUrl!); o.Database = "news"; });

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Ping, TestContext.Current.CancellationToken));

        Assert.Equal(Neo4jErrorKind.DatabaseNotFound, error.Kind);
        Assert.Contains("single database", error.Message, StringComparison.Ordinal);
    }
}
