namespace ActorGraph.Worker.Tests.Inbox;

/// <summary>
/// The worker as a real process, killed and raced: whatever happens to it, every article ends up in the graph once
/// and every file ends up in exactly one place.
/// </summary>
public sealed class WorkerProcessFaultTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Killed_mid_batch_and_restarted_the_worker_stores_every_article_exactly_once()
    {
        using var folder = new WorkerFolder();
        const int batch = 20;
        var articles = WorkerFolder.Articles(400, seed: 5);
        var feed = folder.WriteJsonLines("feed.jsonl", articles);
        var expected = await InProcessWorker.ArticleIdsAsync(feed);
        folder.Drop(feed);
        var settings = new Dictionary<string, string> { ["ACTORGRAPH__WORKER__BATCHSIZE"] = $"{batch}", ["ACTORGRAPH__WORKER__CONCURRENCY"] = "1" };

        await using (var first = WorkerProcess.Start(folder, folder.Database, settings))
        {
            await first.WaitUntilAsync(e => e.Count(x => x.EventId == LogEvent.ArticleIngested) >= 3 * batch, Patience, "three batches to be stored");
            first.KillHard();
        }

        var storedAtKill = folder.StoredArticleIds().Count;
        Assert.InRange(storedAtKill, 3 * batch, expected.Count - 1);
        Assert.Equal(0, storedAtKill % batch); // whole batches only: the one cut off left nothing behind
        Assert.Empty(folder.PendingInInbox());
        Assert.Single(folder.Claimed()); // the feed waits in the dead worker's claim folder

        await using (var second = WorkerProcess.Start(folder, folder.Database, settings))
        {
            await second.WaitUntilAsync(e => e.Any(x => x.EventId == LogEvent.FileProcessed), Patience, "the feed to be processed");
            var events = second.Events();
            Assert.Contains(events, e => e.EventId == LogEvent.Recovered && e["Files"] == "1");
            var processed = Assert.Single(events, e => e.EventId == LogEvent.FileProcessed);
            Assert.InRange(int.Parse(processed["ResumedAfterLine"], System.Globalization.CultureInfo.InvariantCulture), storedAtKill - batch, storedAtKill);
            Assert.True(events.Count(e => e.EventId == LogEvent.ArticleIngested) <= expected.Count - storedAtKill + batch, "the restart read the feed from the top");
            await second.StopAsync();
        }

        Assert.Equal(expected.Order(StringComparer.Ordinal), folder.StoredArticleIds().Order(StringComparer.Ordinal));

        // Row for row the graph of one uninterrupted load of the same feed.
        using var reference = new WorkerFolder();
        await InProcessWorker.IngestAsync(reference.Database, reference.WriteJsonLines("feed.jsonl", articles), batch);
        Assert.Equal(["feed.jsonl"], WorkerFolder.FilesIn(folder.Processed));
        Assert.Empty(WorkerFolder.FilesIn(folder.Failed));
        Assert.Empty(folder.Claimed());
        foreach (var table in new[] { "articles", "persons", "meetings", "attended", "meeting_sources", "mentions", "holds" })
        {
            Assert.True(reference.Count(table) == folder.Count(table), $"{table}: {folder.Count(table)} after kill and restart, {reference.Count(table)} in one uninterrupted run");
        }
    }

    [Fact]
    public async Task Two_workers_on_one_inbox_never_take_the_same_file()
    {
        using var folder = new WorkerFolder();
        var articles = WorkerFolder.Articles(40, seed: 9);
        foreach (var (article, i) in articles.Select((a, i) => (a, i)))
        {
            folder.DropText($"article-{i:000}.txt", article.Text);
        }

        var settings = new Dictionary<string, string> { ["ACTORGRAPH__WORKER__CONCURRENCY"] = "2" };
        await using var one = WorkerProcess.Start(folder, folder.Database, settings);
        await using var two = WorkerProcess.Start(folder, folder.Database, settings);
        await InProcessWorker.WaitForAsync(() => WorkerFolder.FilesIn(folder.Processed).Length + WorkerFolder.FilesIn(folder.Failed).Length >= articles.Count, Patience, "all files to be processed", folder);
        await one.StopAsync();
        await two.StopAsync();

        var byOne = one.Events().Where(e => e.EventId == LogEvent.FileProcessed).Select(e => e["File"]).ToList();
        var byTwo = two.Events().Where(e => e.EventId == LogEvent.FileProcessed).Select(e => e["File"]).ToList();
        Assert.NotEmpty(byOne);
        Assert.NotEmpty(byTwo);
        Assert.Empty(byOne.Intersect(byTwo));
        Assert.Equal(articles.Count, byOne.Concat(byTwo).Distinct().Count());
        Assert.Equal(articles.Count, byOne.Count + byTwo.Count);
        var ingested = one.Events().Concat(two.Events()).Where(e => e.EventId == LogEvent.ArticleIngested).ToList();
        Assert.Equal(articles.Count, ingested.Count);
        Assert.All(ingested, e => Assert.Equal("true", e["Created"], ignoreCase: true));
        Assert.Equal(articles.Count, WorkerFolder.FilesIn(folder.Processed).Length);
        Assert.Empty(WorkerFolder.FilesIn(folder.Failed));
        Assert.Equal(articles.Count, folder.StoredArticleIds().Distinct().Count());
    }
}
