using System.Diagnostics;
using ActorGraph.Core.Annotation;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using ActorGraph.Extraction;
using ActorGraph.Extraction.Benchmarks;
using ActorGraph.Ingestion.Reading;
using ActorGraph.Ingestion.Tests.Ingestion;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ActorGraph.Ingestion.Tests.Benchmarks;

/// <summary>The fuzzing feed through the whole ingest path: every line is stored or rejected with its line number and a reason, and none stops the load.</summary>
public sealed class HostileFeedTests : IDisposable
{
    private const int Lines = 600;
    private const int MaxArticleBytes = 100_000;
    private readonly string _folder = Directory.CreateTempSubdirectory("actorgraph-hostile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task HostileFeed_IsLoadedWhole_EachBadLineNamedWithItsReason()
    {
        var feed = Path.Combine(_folder, "hostile.jsonl");
        await using (var file = File.Create(feed))
        {
            foreach (var line in new HostileFeed(Sources()).Lines(Lines, seed: 7, oversizedLineBytes: 2 * MaxArticleBytes))
            {
                await file.WriteAsync(line, TestContext.Current.CancellationToken);
                file.WriteByte((byte)'\n');
            }
        }

        var watch = Stopwatch.StartNew();
        var result = await Loader().IngestAsync(feed, 50, null, null, CancellationToken.None, TestContext.Current.CancellationToken);

        Assert.True(result.Completed);
        Assert.Equal(Lines, result.Read);
        Assert.InRange(result.Stored + result.AlreadyStored, Lines / 3, Lines - 1);
        Assert.Equal(result.Failed, result.Failures.Count);
        Assert.All(result.Failures, f =>
        {
            Assert.Matches(@"hostile\.jsonl:\d+$", f.Origin);
            Assert.False(string.IsNullOrWhiteSpace(f.Error));
        });
        var reasons = result.Failures.Select(f => f.Error!).ToList();
        Assert.Contains(reasons, r => r.Contains("not valid UTF-8", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("invalid JSON", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("larger than", StringComparison.Ordinal));
        Assert.Contains($"hostile.jsonl:{Lines / 2 + 1}", result.Failures.Single(f => f.Error!.Contains("larger than", StringComparison.Ordinal)).Origin, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(90), $"took {watch.Elapsed}");
    }

    private static List<ArticleInfo> Sources() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.gold.json").Order(StringComparer.Ordinal)
            .Select(f => ArticleGraphJson.Deserialize(File.ReadAllText(f)).Article).ToList();

    private static FileBatchIngestor Loader()
    {
        var reader = new ArticleReader(Options.Create(new ReadingOptions { MaxArticleBytes = MaxArticleBytes }));
        var ingestor = new ArticleIngestor(new ArticleExtractor(ReferenceCatalog.Default, OfficeHolderTable.Default), new MemoryGraphStore(), reader,
            new IngestionMetrics(new TestMeterFactory()), ReferenceCatalog.Default, NullLogger<ArticleIngestor>.Instance);
        return new FileBatchIngestor(ingestor, TimeProvider.System);
    }
}
