using System.Diagnostics.Metrics;

namespace ActorGraph.Ingestion;

/// <summary>
/// Counts what ingestion did in this process, as <see cref="Meter"/> instruments (for dotnet-counters and OpenTelemetry)
/// and as totals that <c>/health</c> reports.
/// </summary>
public sealed class IngestionMetrics
{
    public const string MeterName = "ActorGraph.Ingestion";

    private readonly Counter<long> _articles;
    private readonly Counter<long> _files;
    private readonly Histogram<double> _articleDuration;
    private long _stored;
    private long _alreadyStored;
    private long _rejected;
    private long _filesProcessed;
    private long _filesFailed;
    private long _durationMicroseconds;
    private long _inboxPending;

    public IngestionMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _articles = meter.CreateCounter<long>("actorgraph.ingest.articles", "{article}", "Articles read, by result: stored, already_stored, rejected");
        _files = meter.CreateCounter<long>("actorgraph.worker.files", "{file}", "Inbox files finished, by result: processed, failed");
        _articleDuration = meter.CreateHistogram<double>("actorgraph.ingest.article.duration", "ms", "Time to extract and store one article");
        meter.CreateObservableGauge("actorgraph.worker.inbox.pending", () => Interlocked.Read(ref _inboxPending), "{file}", "Files waiting in the inbox");
    }

    public void ArticleStored(bool created, TimeSpan duration)
    {
        Interlocked.Increment(ref created ? ref _stored : ref _alreadyStored);
        Interlocked.Add(ref _durationMicroseconds, (long)duration.TotalMicroseconds);
        _articles.Add(1, new KeyValuePair<string, object?>("result", created ? "stored" : "already_stored"));
        _articleDuration.Record(duration.TotalMilliseconds);
    }

    public void ArticleRejected()
    {
        Interlocked.Increment(ref _rejected);
        _articles.Add(1, new KeyValuePair<string, object?>("result", "rejected"));
    }

    public void FileFinished(bool processed)
    {
        Interlocked.Increment(ref processed ? ref _filesProcessed : ref _filesFailed);
        _files.Add(1, new KeyValuePair<string, object?>("result", processed ? "processed" : "failed"));
    }

    public void InboxPending(int files) => Interlocked.Exchange(ref _inboxPending, files);

    public IngestionCounters Snapshot()
    {
        var stored = Interlocked.Read(ref _stored);
        var already = Interlocked.Read(ref _alreadyStored);
        var handled = stored + already;
        return new IngestionCounters(stored, already, Interlocked.Read(ref _rejected), Interlocked.Read(ref _filesProcessed),
            Interlocked.Read(ref _filesFailed), Interlocked.Read(ref _inboxPending),
            handled == 0 ? 0 : Math.Round(Interlocked.Read(ref _durationMicroseconds) / 1000.0 / handled, 2));
    }
}
