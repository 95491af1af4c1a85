using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using ActorGraph.Core.Annotation;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using ActorGraph.Extraction;
using ActorGraph.Extraction.Benchmarks;

namespace ActorGraph.Cli.Commands;

/// <summary>
/// Extraction throughput on one thread over a synthetic stream of realistic articles, with the memory it holds on to
/// sampled as it goes (flat memory is the point of a stream). Pin it to one core with <c>taskset -c 0</c>.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var articles = new Option<int>("--articles") { Description = "How many articles to extract.", DefaultValueFactory = _ => 20_000 };
        var size = new Option<int>("--size") { Description = "Size of each article in bytes (approximately).", DefaultValueFactory = _ => 4096 };
        var corpus = new Option<string[]>("--corpus")
        {
            Description = "Folders of *.gold.json articles whose headlines and paragraphs make up the stream.",
            DefaultValueFactory = _ => ["samples/articles"],
            AllowMultipleArgumentsPerToken = true,
        };
        var writeJsonLines = new Option<string?>("--write-jsonl") { Description = "Write the synthetic articles to this JSON Lines file instead of extracting them (a feed for load tests)." };
        var hostile = new Option<bool>("--hostile")
        {
            Description = "With --write-jsonl: write a fuzzing feed of what careless and hostile sources send (invalid UTF-8, broken JSON, scripts, " +
                "odd Unicode, calendar edges, one line over the size limit) instead of realistic articles.",
        };
        var storeWrites = new Option<string?>("--store-writes")
        {
            Description = "Instead: extract the articles, then time the SQLite store's writes of them against a raw baseline of the same rows " +
                "(one prepared insert per table), in this folder, and print the ratio.",
        };
        var queryStore = new Option<string?>("--query-store")
        {
            Description = "Instead: fill this new store (SQLite file or Neo4j URL) with generated meetings for the query benchmark (tools/loadtest/queries.mjs).",
        };
        var meetings = new Option<int>("--meetings") { Description = "With --query-store: how many meetings to generate.", DefaultValueFactory = _ => 100_000 };
        var batchSize = new Option<int>("--batch-size") { Description = "With --store-writes: articles per transaction, as ingest's option.", DefaultValueFactory = _ => 100 };
        var command = new Command("bench", "Measure extraction throughput (articles/s, MB/s) and memory on one thread over a synthetic article stream.")
        {
            articles, size, corpus, writeJsonLines, hostile, storeWrites, batchSize, queryStore, meetings,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(queryStore) is { } generatedStore)
            {
                if (parse.GetValue(meetings) is < GeneratedMeetingFeed.MeetingsPerArticle or > GeneratedMeetingFeed.MaxMeetings)
                {
                    await Console.Error.WriteLineAsync($"--meetings must be between {GeneratedMeetingFeed.MeetingsPerArticle} and {GeneratedMeetingFeed.MaxMeetings}.");
                    return 2;
                }

                return await QueryStoreBench.RunAsync(generatedStore, parse.GetValue(meetings), cancellationToken);
            }

            var sources = new List<ArticleInfo>();
            foreach (var folder in parse.GetValue(corpus)!)
            {
                if (!Directory.Exists(folder))
                {
                    await Console.Error.WriteLineAsync($"No such folder: {folder}");
                    return 2;
                }

                foreach (var file in Directory.EnumerateFiles(folder, "*.gold.json").Order(StringComparer.Ordinal))
                {
                    sources.Add(ArticleGraphJson.Deserialize(await File.ReadAllTextAsync(file, cancellationToken)).Article);
                }
            }

            if (sources.Count == 0)
            {
                await Console.Error.WriteLineAsync("No *.gold.json articles in the corpus folders.");
                return 2;
            }

            if (parse.GetValue(hostile))
            {
                if (parse.GetValue(writeJsonLines) is not { } hostileOutput)
                {
                    await Console.Error.WriteLineAsync("--hostile writes a feed: give it --write-jsonl FILE.");
                    return 2;
                }

                await WriteHostileAsync(new HostileFeed(sources), parse.GetValue(articles), hostileOutput, cancellationToken);
                return 0;
            }

            var feed = new SyntheticNewsFeed(sources, parse.GetValue(size));
            if (parse.GetValue(writeJsonLines) is { } output)
            {
                await WriteJsonLinesAsync(feed, parse.GetValue(articles), output, cancellationToken);
                return 0;
            }

            if (parse.GetValue(storeWrites) is { } benchFolder)
            {
                if (parse.GetValue(batchSize) is < 1 or > 10_000)
                {
                    await Console.Error.WriteLineAsync("--batch-size must be between 1 and 10000.");
                    return 2;
                }

                await SqliteWriteBench.RunAsync(feed.Articles(parse.GetValue(articles), seed: 42).ToList(), parse.GetValue(batchSize), benchFolder, cancellationToken);
                return 0;
            }

            Run(feed, parse.GetValue(articles), sources.Count, cancellationToken);
            return 0;
        });
        return command;
    }

    private static async Task WriteJsonLinesAsync(SyntheticNewsFeed feed, int count, string path, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        foreach (var article in feed.Articles(count, seed: 42))
        {
            await writer.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(
                new { title = article.Title, text = article.Text, url = article.Url, source = article.Source, publishedAt = article.PublishedAt }).AsMemory(), cancellationToken);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {count:N0} articles to {path} ({new FileInfo(path).Length / 1048576.0:N1} MB)"));
    }

    private static async Task WriteHostileAsync(HostileFeed feed, int count, string path, CancellationToken cancellationToken)
    {
        await using (var file = File.Create(path))
        {
            // One line over the default 10 MB article limit, once the feed is long enough to hide it in.
            foreach (var line in feed.Lines(count, seed: 42, oversizedLineBytes: count >= 1_000 ? 11 * 1024 * 1024 : 0))
            {
                await file.WriteAsync(line, cancellationToken);
                file.WriteByte((byte)'\n');
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {count:N0} hostile lines to {path} ({new FileInfo(path).Length / 1048576.0:N1} MB)"));
    }

    private static void Run(SyntheticNewsFeed stream, int count, int sourceCount, CancellationToken cancellationToken)
    {
        // What the office-holders table costs a process: the time to load it and the managed memory it holds.
        _ = ReferenceCatalog.Default;
        var heapBeforeTable = GC.GetTotalMemory(forceFullCollection: true);
        var tableClock = Stopwatch.StartNew();
        var table = OfficeHolderTable.Default;
        tableClock.Stop();
        var tableBytes = GC.GetTotalMemory(forceFullCollection: true) - heapBeforeTable;
        var extractor = new ArticleExtractor(ReferenceCatalog.Default, table);
        foreach (var warmUp in stream.Articles(200, seed: 1))
        {
            extractor.Extract(warmUp, [], cancellationToken);
        }

        GC.Collect();
        var heapAtStart = GC.GetTotalMemory(forceFullCollection: true);
        var every = Math.Max(1, count / 10);
        long bytes = 0;
        var meetings = 0L;
        var clock = Stopwatch.StartNew();
        using var process = Process.GetCurrentProcess();
        var cpuAtStart = process.TotalProcessorTime;
        var allocatedAtStart = GC.GetTotalAllocatedBytes(precise: true);
        var pauseAtStart = GC.GetTotalPauseDuration();
        int[] collectionsAtStart = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var done = 0;
        foreach (var article in stream.Articles(count, seed: 42))
        {
            var graph = extractor.Extract(article, [], cancellationToken);
            bytes += Encoding.UTF8.GetByteCount(article.Text);
            meetings += graph.Meetings.Count;
            if (++done % every == 0)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{done,9:N0} articles  {done / clock.Elapsed.TotalSeconds,8:N0}/s  managed heap {GC.GetTotalMemory(false) / 1048576.0,7:N1} MB  working set {Environment.WorkingSet / 1048576.0,7:N1} MB"));
            }
        }

        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuAtStart;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedAtStart;
        var pause = GC.GetTotalPauseDuration() - pauseAtStart;
        var collections = Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collectionsAtStart[g]).ToList();
        var heapAtEnd = GC.GetTotalMemory(forceFullCollection: true);
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            office-holders     {table.Holders.Count:N0} persons, {table.TermCount:N0} terms: loaded in {tableClock.ElapsedMilliseconds:N0} ms, {tableBytes / 1048576.0:N1} MB managed
            articles           {count:N0} of about {bytes / Math.Max(1, count):N0} bytes, built from {sourceCount} gold articles
            elapsed            {seconds:N2} s (CPU {cpu.TotalSeconds:N2} s, one extraction thread)
            throughput         {count / seconds:N0} articles/s, {bytes / 1048576.0 / seconds:N2} MB/s
            meetings found     {meetings:N0}
            allocated          {allocated / 1024.0 / count:N0} KB per article; collections gen0/gen1/gen2 {collections[0]:N0}/{collections[1]:N0}/{collections[2]:N0}, paused {pause.TotalSeconds:N2} s ({pause / clock.Elapsed:P0} of elapsed)
            heap after full GC {heapAtStart / 1048576.0:N1} MB before, {heapAtEnd / 1048576.0:N1} MB after
            peak working set   {process.PeakWorkingSet64 / 1048576.0:N1} MB
            """));
    }
}
