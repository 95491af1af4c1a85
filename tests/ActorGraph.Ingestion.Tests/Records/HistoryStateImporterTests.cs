using ActorGraph.Core.ReferenceData;
using ActorGraph.Extraction.Records;
using ActorGraph.Extraction.ReferenceData;
using ActorGraph.Ingestion.Records;
using ActorGraph.Ingestion.Tests.Ingestion;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorGraph.Ingestion.Tests.Records;

public sealed class HistoryStateImporterTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("importer-");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Records_AreCountedInTheIngestionMetrics_AsArticlesAre()
    {
        // Two visits of invented leaders and one record without the country the visitor came from.
        var file = Path.Combine(_folder.FullName, "2001.xml");
        await File.WriteAllTextAsync(file, """
            <?xml version="1.0" encoding="UTF-8"?>
            <visits>
              <visit><id>9001</id><start-date>2001-05-02</start-date><end-date>2001-05-02</end-date>
                <visitor>Prime Minister Dara Quill</visitor><from id="ireland">Ireland</from><description>Working visit.</description></visit>
              <visit><id>9002</id><start-date>2001-06-11</start-date><end-date>2001-06-12</end-date>
                <visitor>President Anna Lotuosdor</visitor><from id="finland">Finland</from><description>Official visit.</description></visit>
              <visit><id>9003</id><start-date>2001-07-01</start-date><end-date>2001-07-01</end-date>
                <visitor>King Nobody</visitor><description>No country.</description></visit>
            </visits>
            """, Cancellation);
        using var meters = new TestMeterFactory();
        var metrics = new IngestionMetrics(meters);
        var importer = new HistoryStateImporter(new MemoryGraphStore(), new OfficialRecordMapper(ReferenceCatalog.Default), metrics, NullLogger<HistoryStateImporter>.Instance);

        var first = await importer.ImportAsync([file], KnownOfficials.Default.Presidents, batchSize: 10, onBatch: null, Cancellation);
        var second = await importer.ImportAsync([file], KnownOfficials.Default.Presidents, batchSize: 10, onBatch: null, Cancellation);

        Assert.Equal((2, 0, 1), (first.Added, first.AlreadyStored, first.Failed));
        Assert.Equal((0, 2, 1), (second.Added, second.AlreadyStored, second.Failed));
        var counted = metrics.Snapshot();
        Assert.Equal((2, 2, 2), (counted.ArticlesStored, counted.ArticlesAlreadyStored, counted.ArticlesRejected));
    }
}
