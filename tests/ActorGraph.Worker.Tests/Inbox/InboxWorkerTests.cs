using System.Text;
using ActorGraph.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Worker.Tests.Inbox;

public sealed class InboxWorkerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Bad_files_go_to_failed_with_a_reason_and_the_worker_keeps_going()
    {
        using var folder = new WorkerFolder();
        var good = WorkerFolder.Articles(3, seed: 3);
        folder.DropText("malformed.json", "{\"title\": \"Half a document\", \"text\": ");
        folder.DropText("empty.txt", "");
        folder.DropBytes("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
        folder.DropText("oversized.txt", "Blinken met Wang Yi in Beijing. " + new string('x', 20_000));
        folder.DropBytes("latin1.txt", Encoding.Latin1.GetBytes("Le ministre français a rencontré Wang Yi à Pékin."));
        folder.DropText("photo.jpg", "not an article");
        folder.DropText("mixed.jsonl", $"{System.Text.Json.JsonSerializer.Serialize(new { title = good[0].Title, text = good[0].Text })}\n{{not json}}\n");
        folder.DropText("good.txt", good[1].Text);
        folder.DropText("good.html", $"<html><head><title>{good[2].Title}</title><script>alert('x')</script></head><body><p>{good[2].Text}</p></body></html>");
        using var host = InProcessWorker.Build(folder, new Dictionary<string, string?> { ["Reading:MaxArticleBytes"] = "10000" });

        await host.StartAsync(TestContext.Current.CancellationToken);
        await InProcessWorker.WaitForAsync(() => WorkerFolder.FilesIn(folder.Processed).Length + WorkerFolder.FilesIn(folder.Failed).Count(f => !f.EndsWith(".reason.txt", StringComparison.Ordinal)) == 9, Patience, "all nine files", folder);
        // Still working after the bad ones: a file dropped now is ingested too.
        folder.DropText("later.txt", "US Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday.");
        await InProcessWorker.WaitForAsync(() => WorkerFolder.FilesIn(folder.Processed).Contains("later.txt"), Patience, "the file dropped after the bad ones", folder);
        var stats = await host.StatisticsAsync();
        var counters = host.Services.GetRequiredService<IngestionMetrics>().Snapshot();
        await host.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["good.html", "good.txt", "later.txt"], WorkerFolder.FilesIn(folder.Processed));
        string Reason(string file) => File.ReadAllText(Path.Combine(folder.Failed, file + ".reason.txt"));
        Assert.Contains("invalid JSON", Reason("malformed.json"), StringComparison.Ordinal);
        Assert.Contains("empty", Reason("empty.txt"), StringComparison.Ordinal);
        Assert.Contains("binary", Reason("binary.txt"), StringComparison.Ordinal);
        Assert.Contains("larger than", Reason("oversized.txt"), StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", Reason("latin1.txt"), StringComparison.Ordinal);
        Assert.Contains("unsupported file type", Reason("photo.jpg"), StringComparison.Ordinal);
        Assert.Contains("1 of 2 articles could not be read", Reason("mixed.jsonl"), StringComparison.Ordinal);
        Assert.Contains("mixed.jsonl:2: invalid JSON", Reason("mixed.jsonl"), StringComparison.Ordinal);
        Assert.Equal(4, stats.Articles); // good.txt, good.html, later.txt and the good line of mixed.jsonl
        Assert.Equal(3, counters.FilesProcessed);
        Assert.Equal(7, counters.FilesFailed);
        Assert.Equal(4, counters.ArticlesStored);
        Assert.Empty(folder.PendingInInbox());
        Assert.Empty(folder.Claimed());
    }

    [Fact]
    public async Task Pipes_and_links_in_the_inbox_are_failed_unopened_and_the_worker_keeps_going()
    {
        using var folder = new WorkerFolder();
        var secret = Path.Combine(folder.Root, "outside.txt");
        File.WriteAllText(secret, "Secret: US Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday.");
        File.CreateSymbolicLink(Path.Combine(folder.Inbox, "link.txt"), secret);
        // Two FIFOs: before the fix each held a worker slot forever and two stopped the worker.
        foreach (var fifo in new[] { "pipe1.txt", "pipe2.jsonl" })
        {
            using var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(folder.Inbox, fifo));
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, mkfifo.ExitCode);
        }

        folder.DropText("good.txt", "US Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday.");
        using var host = InProcessWorker.Build(folder, new Dictionary<string, string?> { ["Worker:Concurrency"] = "2" });

        await host.StartAsync(TestContext.Current.CancellationToken);
        await InProcessWorker.WaitForAsync(() => WorkerFolder.FilesIn(folder.Processed).Length + WorkerFolder.FilesIn(folder.Failed).Count(f => !f.EndsWith(".reason.txt", StringComparison.Ordinal)) == 4, Patience, "all four entries", folder);
        var stats = await host.StatisticsAsync();
        await host.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["good.txt"], WorkerFolder.FilesIn(folder.Processed));
        string Reason(string file) => File.ReadAllText(Path.Combine(folder.Failed, file + ".reason.txt"));
        Assert.Contains("symbolic link", Reason("link.txt"), StringComparison.Ordinal);
        Assert.Contains("not a regular file", Reason("pipe1.txt"), StringComparison.Ordinal);
        Assert.Contains("not a regular file", Reason("pipe2.jsonl"), StringComparison.Ordinal);
        Assert.Equal(1, stats.Articles); // the linked file outside the inbox was never read
        Assert.True(File.Exists(secret));
    }

    [Fact]
    public async Task Stopping_mid_file_keeps_whole_batches_and_returns_the_file_to_the_inbox_to_resume()
    {
        using var folder = new WorkerFolder();
        const int batch = 10;
        var feed = folder.WriteJsonLines("feed.jsonl", WorkerFolder.Articles(300, seed: 7));
        var expected = await InProcessWorker.ArticleIdsAsync(feed);
        folder.Drop(feed);
        var settings = new Dictionary<string, string?> { ["Worker:BatchSize"] = $"{batch}", ["Worker:Concurrency"] = "1" };

        using (var host = InProcessWorker.Build(folder, settings))
        {
            await host.StartAsync(TestContext.Current.CancellationToken);
            var metrics = host.Services.GetRequiredService<IngestionMetrics>();
            await InProcessWorker.WaitForAsync(() => metrics.Snapshot().ArticlesStored >= 2 * batch, Patience, "two batches");
            await host.StopAsync(TestContext.Current.CancellationToken);
        }

        var stored = folder.StoredArticleIds();
        Assert.InRange(stored.Count, 2 * batch, expected.Count - 1);
        Assert.Equal(0, stored.Count % batch);
        Assert.Equal(["feed.jsonl"], folder.PendingInInbox()); // back in the inbox, not half-done anywhere else
        Assert.Empty(folder.Claimed());
        Assert.Single(Directory.GetFiles(Path.Combine(folder.Inbox, ".checkpoints"), "*.json"));

        using (var host = InProcessWorker.Build(folder, settings))
        {
            await host.StartAsync(TestContext.Current.CancellationToken);
            await InProcessWorker.WaitForAsync(() => WorkerFolder.FilesIn(folder.Processed).Length == 1, Patience, "the rest of the feed", folder);
            var metrics = host.Services.GetRequiredService<IngestionMetrics>().Snapshot();
            await host.StopAsync(TestContext.Current.CancellationToken);
            Assert.Equal(expected.Count - stored.Count, metrics.ArticlesStored); // resumed: the first batches were not read again
            Assert.Equal(0, metrics.ArticlesAlreadyStored);
        }

        Assert.Equal(expected.Order(StringComparer.Ordinal), folder.StoredArticleIds().Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetFiles(Path.Combine(folder.Inbox, ".checkpoints"), "*.json"));
    }
}
