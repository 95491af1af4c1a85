using ActorGraph.Core.Annotation;
using ActorGraph.Core.Storage;
using ActorGraph.Ingestion;
using ActorGraph.Storage.Neo4j.Http;
using ActorGraph.Storage.Tests.Conformance;
using ActorGraph.TestSupport.Neo4j;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Storage.Tests.Neo4j;

/// <summary>
/// Neo4j stopping in the middle of an ingest: the ingest stops with a clear error, no article is half-written, and
/// running the same ingest again once the server is back completes with no duplicates. Uses a server of its own,
/// because it kills it.
/// </summary>
public sealed class Neo4jFaultTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ServerKilledMidIngest_GivesAClearError_AndReRunningCompletesWithNoDuplicates()
    {
        if (Neo4jTestServer.Unavailable() is { } reason && !Neo4jServerFixture.Required)
        {
            Assert.Skip($"No Neo4j server can be started here: {reason}.");
        }

        var articles = Editions(3);
        await using var server = await Neo4jTestServer.StartAsync(Cancellation);
        await using var neo4j = new ExternalNeo4j(server.StoreUrl);

        var first = (await neo4j.CreateEmptyAsync(Cancellation)).GetRequiredService<ArticleIngestor>();
        var stored = 0;
        var failure = await Assert.ThrowsAsync<Neo4jException>(async () =>
        {
            foreach (var article in articles)
            {
                await first.IngestAsync(article, article.Title, Cancellation);
                if (++stored == 5)
                {
                    await server.KillAsync();
                }
            }
        });
        Assert.True(stored == 5, $"the ingest failed after {stored} articles, not when the server was killed: {failure.Message}");
        Assert.Equal(Neo4jErrorKind.Unavailable, failure.Kind);
        Assert.StartsWith($"Cannot reach Neo4j at {server.Address}", failure.Message, StringComparison.Ordinal);

        await server.RestartAsync(Cancellation);
        var again = await neo4j.CreateServicesAsync(Cancellation);
        var outcomes = new List<IngestOutcome>();
        foreach (var article in articles)
        {
            outcomes.Add(await again.GetRequiredService<ArticleIngestor>().IngestAsync(article, article.Title, Cancellation));
        }

        Assert.Equal(5, outcomes.Count(o => !o.Created));
        Assert.Equal(articles.Count - 5, outcomes.Count(o => o.Created));
        await using var sqlite = new SqliteStoreUnderTest();
        var reference = await sqlite.CreateEmptyAsync(Cancellation);
        foreach (var article in articles)
        {
            await reference.GetRequiredService<ArticleIngestor>().IngestAsync(article, article.Title, Cancellation);
        }

        var expected = await reference.GetRequiredService<IGraphStore>().GetStatisticsAsync(Cancellation);
        Assert.Equal(expected, await again.GetRequiredService<IGraphStore>().GetStatisticsAsync(Cancellation));
        Assert.Equal(
            await Answers.AskAsync(reference.GetRequiredService<IGraphStore>(), reference.GetRequiredService<IGraphQueries>(), "meetings:all", Cancellation),
            await Answers.AskAsync(again.GetRequiredService<IGraphStore>(), again.GetRequiredService<IGraphQueries>(), "meetings:all", Cancellation));
    }

    /// <summary>The plain-text samples, each in several editions (a different last line makes a different article).</summary>
    private static List<ArticleInfo> Editions(int count) =>
        Samples.Files.Where(f => f.EndsWith(".txt", StringComparison.Ordinal))
            .SelectMany(f => Enumerable.Range(1, count).Select(i => new ArticleInfo($"{Path.GetFileName(f)} #{i}", File.ReadAllText(f) + $"\n\nEdition {i}.")))
            .ToList();

    /// <summary>The Neo4j store on a server this test controls; retries kept short so the failure shows quickly.</summary>
    private sealed class ExternalNeo4j(string url) : StoreUnderTest
    {
        public override string? SkipReason => null;

        public Task<Microsoft.Extensions.DependencyInjection.ServiceProvider> CreateServicesAsync(CancellationToken cancellationToken) => CreateEmptyAsync(cancellationToken);

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Neo4j:MaxRetries"] = "2",
            ["Neo4j:RetryDelay"] = "00:00:00.100",
        };

        protected override Task<string> EmptyLocationAsync(CancellationToken cancellationToken) => Task.FromResult(url);
    }
}
