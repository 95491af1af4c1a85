using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using ActorGraph.Core.Storage;
using ActorGraph.Extraction.ReferenceData;
using ActorGraph.Ingestion;
using ActorGraph.Ingestion.Reading;
using ActorGraph.Ingestion.Records;
using Microsoft.Extensions.Options;

namespace ActorGraph.Worker.Inbox;

/// <summary>
/// Watches the inbox (file-system events, and a poll as the safety net) and ingests each file that lands there,
/// <see cref="WorkerOptions.Concurrency"/> at a time, moving it to processed/ or to failed/ with a reason.
/// Stopping lets each file in hand finish its current batch (one transaction), then returns the file to the inbox;
/// a JSON Lines file resumes from its checkpoint. A kill leaves the file in this worker's claim folder, which the
/// next worker to start returns to the inbox: an article is in the graph whole, or its file is still to be read.
/// </summary>
public sealed class InboxWorker(FileBatchIngestor files, HistoryStateImporter records, KnownOfficials officials, IngestionMetrics metrics,
    IOptions<WorkerOptions> options, IOptions<StoreOptions> store, TimeProvider time, ILogger<InboxWorker> logger) : BackgroundService
{
    /// <summary>Scans between orphan checks: a worker that dies while this one runs has its files returned soon after.</summary>
    private const int ScansPerRecovery = 10;

    private readonly WorkerOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _wake = new(0, 1);
    private DateTimeOffset _pausedUntil;

    public string WorkerId { get; } = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}-{Environment.ProcessId}-{Random.Shared.Next(0x10000):x4}");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var folders = new InboxFolders(_options, WorkerId);
        folders.Open();
        Recover(folders);
        var storeName = store.Value.Describe();
        var checkpoints = new IngestCheckpoints(folders.Checkpoints, storeName);
        Log.Watching(logger, WorkerId, folders.Inbox, _options.Concurrency, _options.BatchSize, storeName);

        using var watcher = new FileSystemWatcher(folders.Inbox) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
        watcher.Created += (_, _) => Wake();
        watcher.Renamed += (_, _) => Wake();
        watcher.Changed += (_, _) => Wake();
        watcher.EnableRaisingEvents = true;

        using var slots = new SemaphoreSlim(_options.Concurrency, _options.Concurrency);
        var running = new ConcurrentDictionary<Task, bool>();
        var scans = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (++scans % ScansPerRecovery == 0)
                {
                    Recover(folders);
                }

                var pending = folders.Pending();
                metrics.InboxPending(pending.Count);
                var now = time.GetUtcNow();
                foreach (var file in pending)
                {
                    if (now < _pausedUntil || stoppingToken.IsCancellationRequested)
                    {
                        break;
                    }

                    if (now - file.LastWriteTimeUtc < _options.SettleTime)
                    {
                        continue; // still being written, perhaps
                    }

                    if (!await slots.WaitAsync(0, CancellationToken.None))
                    {
                        break;
                    }

                    if (folders.Claim(file) is not { } claimed)
                    {
                        slots.Release();
                        continue;
                    }

                    var work = Task.Run(() => ProcessAsync(folders, claimed, checkpoints, stoppingToken), CancellationToken.None);
                    running[work] = true;
                    _ = work.ContinueWith(done =>
                    {
                        running.TryRemove(done, out _);
                        slots.Release();
                        Wake();
                    }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                }

                try
                {
                    await _wake.WaitAsync(_options.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
        finally
        {
            // Files in hand finish their current batch; a JSON Lines file then goes back to the inbox to resume.
            await Task.WhenAll(running.Keys);
            Log.Stopped(logger, WorkerId);
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    private async Task ProcessAsync(InboxFolders folders, string claimed, IngestCheckpoints checkpoints, CancellationToken stoppingToken)
    {
        var name = Path.GetFileName(claimed);
        if (InboxFolders.NotAnArticleFile(claimed) is { } refused)
        {
            Fail(folders, claimed, refused);
            return;
        }

        if (Path.GetExtension(claimed).Equals(".xml", StringComparison.OrdinalIgnoreCase))
        {
            await ImportRecordsAsync(folders, claimed, stoppingToken);
            return;
        }

        if (!ArticleReader.IsArticleFile(claimed))
        {
            Fail(folders, claimed, $"unsupported file type: the inbox takes {string.Join(", ", ArticleReader.Extensions)} files.");
            return;
        }

        var started = Stopwatch.GetTimestamp();
        FileIngestResult result;
        try
        {
            // Graceful stop ends the file at a batch boundary; nothing aborts a batch midway except the process ending.
            result = await files.IngestAsync(claimed, _options.BatchSize, checkpoints, onBatch: null, stoppingToken, CancellationToken.None);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            StoreFailed(folders, claimed, e);
            return;
        }

        _attempts.TryRemove(name, out _);
        if (!result.Completed)
        {
            folders.Release(claimed);
            Log.FileReleased(logger, name);
            return;
        }

        // A resumed file whose last batch was committed before the stop has nothing left to read, and is done.
        if (result.Failed == 0 && (result.Read > 0 || result.ResumedAfterLine > 0))
        {
            folders.MoveToProcessed(claimed);
            metrics.FileFinished(processed: true);
            var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Log.FileProcessed(logger, name, WorkerId, elapsedMs, result.Stored, result.AlreadyStored, result.ResumedAfterLine);
            return;
        }

        Fail(folders, claimed, Explain(result));
    }

    /// <summary>
    /// A history-state records file (visits or trips XML, as in samples/history-state): imported whole, each record
    /// as a source with its meetings; visits meet the President in office by the built-in Presidents' terms.
    /// Importing is idempotent, so a file returned to the inbox by a stop is simply imported again.
    /// </summary>
    private async Task ImportRecordsAsync(InboxFolders folders, string claimed, CancellationToken stoppingToken)
    {
        var name = Path.GetFileName(claimed);
        if (!HistoryStateReader.IsRecordFile(claimed))
        {
            Fail(folders, claimed, "an .xml file in the inbox must be history-state records: a <visits> or <trips> document (see docs/history-state.md).");
            return;
        }

        var started = Stopwatch.GetTimestamp();
        IngestionSummary summary;
        try
        {
            summary = await records.ImportAsync([claimed], officials.Presidents, _options.BatchSize, null, stoppingToken);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            StoreFailed(folders, claimed, e);
            return;
        }

        _attempts.TryRemove(name, out _);
        if (stoppingToken.IsCancellationRequested)
        {
            folders.Release(claimed);
            Log.FileReleased(logger, name);
        }
        else if (summary.Failed == 0 && summary.Read > 0)
        {
            folders.MoveToProcessed(claimed);
            metrics.FileFinished(processed: true);
            var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Log.FileProcessed(logger, name, WorkerId, elapsedMs, summary.Added, summary.AlreadyStored, 0);
        }
        else
        {
            var reasons = summary.Failures.Select(f => $"{f.Origin}: {f.Error}");
            Fail(folders, claimed, summary.Read == 0 && summary.Failed == 0
                ? "the file holds no records."
                : $"{summary.Failed} of {summary.Read + summary.Failed} records could not be read ({summary.Added} imported):\n" + string.Join('\n', reasons));
        }
    }

    /// <summary>
    /// The store is down or refused the batch: not the file's fault, so it goes back to be tried again, unless it keeps
    /// failing while others do not.
    /// </summary>
    private void StoreFailed(InboxFolders folders, string claimed, Exception error)
    {
        var name = Path.GetFileName(claimed);
        var attempt = _attempts.AddOrUpdate(name, 1, (_, n) => n + 1);
        Log.StoreFailed(logger, error, name, attempt, _options.MaxAttempts);
        if (attempt >= _options.MaxAttempts)
        {
            _attempts.TryRemove(name, out _);
            Fail(folders, claimed, $"storing failed {attempt} times; the last error was: {error.Message}");
        }
        else
        {
            folders.Release(claimed);
            _pausedUntil = time.GetUtcNow() + _options.RetryDelay;
        }
    }

    private void Fail(InboxFolders folders, string claimed, string reason)
    {
        var target = folders.MoveToFailed(claimed, reason, time.GetUtcNow());
        metrics.FileFinished(processed: false);
        Log.FileFailed(logger, Path.GetFileName(claimed), target, WorkerId, reason);
    }

    private void Recover(InboxFolders folders)
    {
        foreach (var (worker, count) in folders.RecoverOrphans())
        {
            Log.Recovered(logger, count, worker);
        }
    }

    private void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake.
        }
        catch (ObjectDisposedException)
        {
            // Stopped.
        }
    }

    private static string Explain(FileIngestResult result)
    {
        if (result.Read == 0)
        {
            return "the file holds no articles.";
        }

        if (result.Read == 1)
        {
            return result.Failures[0].Error ?? "unreadable";
        }

        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"{result.Failed:N0} of {result.Read:N0} articles could not be read or stored; the other {result.Stored + result.AlreadyStored:N0} are in the graph.")
            .AppendLine("Fix or remove these and drop the file in the inbox again (stored articles are skipped):");
        foreach (var failure in result.Failures)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {Path.GetFileName(failure.Origin)}: {failure.Error}");
        }

        if (result.Failed > result.Failures.Count)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  … and {result.Failed - result.Failures.Count:N0} more");
        }

        return text.ToString();
    }
}
