using ActorGraph.Storage.Neo4j.Http;
using ActorGraph.TestSupport.Neo4j;

namespace ActorGraph.Worker.Tests.Inbox;

/// <summary>
/// The kill-and-restart test against the run's real Neo4j: the killed worker's transaction is left open on the
/// server, and must come to nothing, while the restarted worker stores the rest.
/// </summary>
public sealed class WorkerOnNeo4jFaultTests(Neo4jServerFixture neo4j)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task Killed_mid_batch_and_restarted_the_worker_stores_every_article_exactly_once_on_Neo4j()
    {
        neo4j.RequireServer();
        await neo4j.DeleteEverythingAsync(TestContext.Current.CancellationToken);
        using var folder = new WorkerFolder();
        const int batch = 10;
        var articles = WorkerFolder.Articles(100, seed: 11);
        var feed = folder.WriteJsonLines("feed.jsonl", articles);
        var expected = await InProcessWorker.ArticleIdsAsync(feed);
        folder.Drop(feed);
        var settings = new Dictionary<string, string> { ["ACTORGRAPH__WORKER__BATCHSIZE"] = $"{batch}", ["ACTORGRAPH__WORKER__CONCURRENCY"] = "1" };

        await using (var first = WorkerProcess.Start(folder, neo4j.StoreUrl!, settings))
        {
            await first.WaitUntilAsync(e => e.Count(x => x.EventId == LogEvent.ArticleIngested) >= 3 * batch, Patience, "three batches to be stored");
            first.KillHard();
        }

        var storedAtKill = (await ArticleIdsAsync()).Count;
        Assert.InRange(storedAtKill, 3 * batch, expected.Count - 1);
        Assert.Equal(0, storedAtKill % batch); // the batch cut off mid-transaction left nothing behind
        Assert.Single(folder.Claimed());

        await using (var second = WorkerProcess.Start(folder, neo4j.StoreUrl!, settings))
        {
            await second.WaitUntilAsync(e => e.Any(x => x.EventId == LogEvent.FileProcessed), Patience, "the feed to be processed");
            Assert.Contains(second.Events(), e => e.EventId == LogEvent.Recovered && e["Files"] == "1");
            await second.StopAsync();
        }

        Assert.Equal(expected.Order(StringComparer.Ordinal), await ArticleIdsAsync());
        Assert.Equal(["feed.jsonl"], WorkerFolder.FilesIn(folder.Processed));
        Assert.Empty(folder.Claimed());

        // Row for row what the embedded store holds after one uninterrupted load of the same feed.
        using var reference = new WorkerFolder();
        await InProcessWorker.IngestAsync(reference.Database, reference.WriteJsonLines("feed.jsonl", articles), batch);
        var statistics = await neo4j.Client.RunAsync(await StatementAsync("Statistics", "queries"), TestContext.Current.CancellationToken);
        Assert.Equal(
            new long[] { reference.Count("articles"), reference.Query("SELECT COUNT(*) FROM persons WHERE in_sources = 1;", r => r.GetInt64(0))[0], reference.Count("meetings") },
            new[] { (long)statistics.Rows[0][0].Number(), (long)statistics.Rows[0][1].Number(), (long)statistics.Rows[0][2].Number() });
    }

    private async Task<List<string>> ArticleIdsAsync()
    {
        var result = await neo4j.Client.RunAsync(await StatementAsync("ArticleIds", "testing"), TestContext.Current.CancellationToken);
        return [.. result.Rows.Select(r => r[0].RequiredString()).Order(StringComparer.Ordinal)];
    }

    private static async Task<CypherStatement> StatementAsync(string name, string folder) =>
        new($"{folder}/{name}", await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "cypher", folder, name + ".cypher"), TestContext.Current.CancellationToken), new Dictionary<string, object?>());
}
