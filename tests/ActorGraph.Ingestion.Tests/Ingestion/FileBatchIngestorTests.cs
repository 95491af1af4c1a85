using System.Text.Json;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using ActorGraph.Extraction;
using ActorGraph.Ingestion.Reading;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ActorGraph.Ingestion.Tests.Ingestion;

public sealed class FileBatchIngestorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actorgraph-batches-").FullName;
    private readonly MemoryGraphStore _store = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Feed_IsStoredInBatches_WithBadLinesReportedAndTheRestStored()
    {
        var feed = WriteFeed("feed.jsonl", 25, badLines: [7]);

        var result = await Loader().IngestAsync(feed, 10, Checkpoints(), null, CancellationToken.None, TestContext.Current.CancellationToken);

        Assert.True(result.Completed);
        Assert.Equal([9, 10, 5], _store.Batches); // line 7 is read in the first batch but has nothing to store
        Assert.Equal(24, result.Stored);
        Assert.Equal(1, result.Failed);
        Assert.Equal("feed.jsonl:7", Path.GetFileName(Assert.Single(result.Failures).Origin));
        Assert.Empty(Directory.GetFiles(Path.Combine(_folder, "checkpoints"))); // done: nothing to resume
    }

    [Fact]
    public async Task StoppedLoad_ResumesAfterTheLastCommittedBatch_AndReadsNothingTwice()
    {
        var feed = WriteFeed("feed.jsonl", 35);
        using var stop = new CancellationTokenSource();

        var first = await Loader().IngestAsync(feed, 10, Checkpoints(), batch => stop.Cancel(), stop.Token, TestContext.Current.CancellationToken);
        var second = await Loader().IngestAsync(feed, 10, Checkpoints(), null, CancellationToken.None, TestContext.Current.CancellationToken);

        Assert.False(first.Completed);
        Assert.Equal(10, first.Stored);
        Assert.Equal(10, second.ResumedAfterLine);
        Assert.Equal(35, second.Stored); // over the whole file: 10 before the stop, 25 after
        Assert.Equal(0, second.AlreadyStored);
        Assert.Equal(35, _store.ArticleIds.Count);
    }

    [Fact]
    public async Task ResumedLoad_ReportsTheWholeFile_BadLinesOfEarlierBatchesIncluded()
    {
        var feed = WriteFeed("feed.jsonl", 30, badLines: [3]);
        using var stop = new CancellationTokenSource();
        await Loader().IngestAsync(feed, 10, Checkpoints(), _ => stop.Cancel(), stop.Token, TestContext.Current.CancellationToken);

        var resumed = await Loader().IngestAsync(feed, 10, Checkpoints(), null, CancellationToken.None, TestContext.Current.CancellationToken);

        Assert.Equal(10, resumed.ResumedAfterLine);
        Assert.Equal(29, resumed.Stored);
        Assert.Equal(1, resumed.Failed);
        Assert.Equal("feed.jsonl:3", Path.GetFileName(Assert.Single(resumed.Failures).Origin));
    }

    [Fact]
    public async Task StoreFailure_KeepsTheCheckpointAtTheLastGoodBatch()
    {
        var feed = WriteFeed("feed.jsonl", 30);
        _store.FailOnBatch = 2;

        await Assert.ThrowsAsync<IOException>(() => Loader().IngestAsync(feed, 10, Checkpoints(), null, CancellationToken.None, TestContext.Current.CancellationToken));
        _store.FailOnBatch = 0;
        var retried = await Loader().IngestAsync(feed, 10, Checkpoints(), null, CancellationToken.None, TestContext.Current.CancellationToken);

        Assert.Equal(10, retried.ResumedAfterLine);
        Assert.Equal(30, retried.Stored);
        Assert.Equal([10, 10, 10], _store.Batches);
    }

    [Fact]
    public async Task StoreDownBetweenBatches_Throws_InsteadOfReportingTheArticlesAsBad()
    {
        var feed = WriteFeed("feed.jsonl", 30);
        var loader = Loader();
        using var stop = new CancellationTokenSource();
        await loader.IngestAsync(feed, 10, Checkpoints(), _ => stop.Cancel(), stop.Token, TestContext.Current.CancellationToken);
        _store.Down = true;

        await Assert.ThrowsAsync<IOException>(() => loader.IngestAsync(feed, 10, Checkpoints(), null, CancellationToken.None, TestContext.Current.CancellationToken));

        Assert.Equal([10], _store.Batches);
    }

    [Fact]
    public async Task FileThatCannotBeOpened_IsAFailedArticle_NotAnException()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "not-a-file.jsonl")).FullName;

        var result = await Loader().IngestAsync(folder, 10, Checkpoints(), null, CancellationToken.None, TestContext.Current.CancellationToken);

        Assert.True(result.Completed);
        Assert.Equal(1, result.Failed);
        Assert.StartsWith("cannot open the file", Assert.Single(result.Failures).Error, StringComparison.Ordinal);
        Assert.Empty(_store.Batches);
    }

    [Fact]
    public async Task Checkpoint_BelongsToOneFileAndOneStore()
    {
        var feed = WriteFeed("feed.jsonl", 20);
        using var stop = new CancellationTokenSource();
        await Loader().IngestAsync(feed, 10, Checkpoints(), _ => stop.Cancel(), stop.Token, TestContext.Current.CancellationToken);

        var otherStore = await Loader().IngestAsync(feed, 10, Checkpoints("another.db"), null, CancellationToken.None, TestContext.Current.CancellationToken);
        WriteFeed("feed.jsonl", 20, seed: 2); // same name, other content
        var otherFile = await Loader().IngestAsync(feed, 10, Checkpoints(), null, CancellationToken.None, TestContext.Current.CancellationToken);

        Assert.Equal(0, otherStore.ResumedAfterLine);
        Assert.Equal(0, otherFile.ResumedAfterLine);
        Assert.Equal(20, otherFile.Stored);
    }

    private FileBatchIngestor Loader()
    {
        var reader = new ArticleReader(Options.Create(new ReadingOptions()));
        var metrics = new IngestionMetrics(new TestMeterFactory());
        var ingestor = new ArticleIngestor(new ArticleExtractor(ReferenceCatalog.Default, OfficeHolderTable.Default), _store, reader, metrics, ReferenceCatalog.Default,
            NullLogger<ArticleIngestor>.Instance);
        return new FileBatchIngestor(ingestor, TimeProvider.System);
    }

    private IngestCheckpoints Checkpoints(string store = "graph.db") => new(Path.Combine(_folder, "checkpoints"), store);

    private string WriteFeed(string name, int count, int[]? badLines = null, int seed = 1)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, Enumerable.Range(1, count).Select(i => badLines?.Contains(i) == true
            ? "{ not json"
            : JsonSerializer.Serialize(new { title = $"Talks {seed}-{i}", text = $"Antony Blinken met Wang Yi in Beijing on Monday. Round {seed}-{i}.", publishedAt = "2023-06-20" })));
        return path;
    }
}
