using System.Diagnostics;
using ActorGraph.Core.Annotation;
using ActorGraph.Core.Storage;
using ActorGraph.Extraction.Records;
using ActorGraph.Extraction.ReferenceData;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Ingestion.Records;

/// <summary>
/// Imports Office of the Historian records into the graph: streams each file, maps each record
/// (<see cref="OfficialRecordMapper"/>) and stores them in batches, one transaction per batch. Idempotent: a record
/// already stored is skipped, and duplicate records of one meeting add a source to it, not a meeting.
/// </summary>
/// <remarks>
/// Records are counted in <see cref="IngestionMetrics"/> as articles are (stored, already stored, rejected), so
/// <c>/health</c> and the meters show a worker's record files with its articles.
/// </remarks>
public sealed partial class HistoryStateImporter(IGraphStore store, OfficialRecordMapper mapper, IngestionMetrics metrics, ILogger<HistoryStateImporter> logger)
{
    public const int DefaultBatchSize = 200;

    /// <summary>How many failures an import keeps with their reasons.</summary>
    public const int FailuresKept = 50;

    /// <param name="onBatch">Called after each committed batch with the file and the bytes of it read so far.</param>
    /// <param name="stopToken">Stops between batches; what was committed stays, and a re-run skips it.</param>
    public async Task<IngestionSummary> ImportAsync(
        IReadOnlyList<string> files,
        PresidentTerms presidents,
        int batchSize,
        Action<string, long, IngestionSummary>? onBatch,
        CancellationToken stopToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(presidents);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var summary = new IngestionSummary(FailuresKept);
        var batch = new List<(OfficialRecord Record, ArticleGraph Graph)>(batchSize);
        foreach (var file in files)
        {
            if (stopToken.IsCancellationRequested)
            {
                break;
            }

            summary.Files++;
            long position = 0;
            try
            {
                await foreach (var read in HistoryStateReader.ReadFileAsync(file, stopToken))
                {
                    position = read.Position;
                    if (read.Record is not { } record)
                    {
                        summary.Fail(read.Origin, read.Error ?? "unreadable");
                        metrics.ArticleRejected();
                        LogRecordFailed(read.Origin, read.Error);
                        continue;
                    }

                    summary.ReadOne();
                    batch.Add((record, mapper.Map(record, presidents, stopToken)));
                    if (batch.Count >= batchSize)
                    {
                        await StoreAsync(batch, summary, stopToken);
                        onBatch?.Invoke(file, position, summary);
                    }
                }
            }
            catch (OperationCanceledException) when (stopToken.IsCancellationRequested)
            {
                break; // the batch in hand is dropped: nothing of it was stored, and a re-run reads it again
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                summary.Fail(file, e.Message);
                LogRecordFailed(file, e.Message);
            }

            if (batch.Count > 0 && !stopToken.IsCancellationRequested)
            {
                await StoreAsync(batch, summary, stopToken);
            }

            onBatch?.Invoke(file, Math.Max(position, SafeLength(file)), summary);
        }

        LogImported(summary.Files, summary.Read, summary.Added, summary.AlreadyStored, summary.Meetings, summary.Failed);
        return summary;
    }

    private async Task StoreAsync(List<(OfficialRecord Record, ArticleGraph Graph)> batch, IngestionSummary summary, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var results = await store.UpsertBatchAsync(batch.Select(b => b.Graph).ToList(), cancellationToken);
        var perRecord = Stopwatch.GetElapsedTime(started) / Math.Max(1, results.Count);
        for (var i = 0; i < results.Count; i++)
        {
            var graph = batch[i].Graph;
            metrics.ArticleStored(results[i].Created, perRecord);
            summary.Stored(results[i].Created, graph.Persons.Count, results[i].Meetings, withoutMeetings: graph.Meetings.Count == 0);
        }

        batch.Clear();
    }

    private static long SafeLength(string file)
    {
        try
        {
            return new FileInfo(file).Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Record {Origin} not imported: {Error}")]
    private partial void LogRecordFailed(string origin, string? error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Files} record files: {Records} records, {Added} new, {AlreadyStored} already stored, {Meetings} meetings, {Failed} failed")]
    private partial void LogImported(int files, int records, int added, int alreadyStored, int meetings, int failed);
}
