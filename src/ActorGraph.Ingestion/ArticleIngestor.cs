using System.Diagnostics;
using System.Runtime.CompilerServices;
using ActorGraph.Core.Annotation;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.Storage;
using ActorGraph.Extraction;
using ActorGraph.Extraction.Recognition;
using ActorGraph.Ingestion.Reading;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Ingestion;

/// <summary>
/// Reads, extracts and stores articles: the one path every entry point (CLI, API, worker) uses, so all of them
/// recognise people already in the graph, fail the same way on bad input, log and count the same way.
/// </summary>
public sealed class ArticleIngestor(IArticleExtractor extractor, IGraphStore store, ArticleReader reader, IngestionMetrics metrics, ReferenceCatalog catalog,
    ILogger<ArticleIngestor> logger)
{
    private readonly Lock _knownLock = new();

    // The people of the graph, folded once per load of the store and extended article by article (immutable: an
    // extraction keeps the snapshot it started with).
    private KnownActorIndex? _known;

    public ArticleReader Reader => reader;

    public async IAsyncEnumerable<IngestOutcome> IngestFileAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var record in reader.ReadFileAsync(path, cancellationToken))
        {
            yield return (await IngestBatchAsync([record], cancellationToken))[0];
        }
    }

    public async IAsyncEnumerable<IngestOutcome> IngestStreamAsync(Stream stream, string name, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var record in reader.ReadStreamAsync(stream, name, cancellationToken))
        {
            yield return (await IngestBatchAsync([record], cancellationToken))[0];
        }
    }

    public async Task<IngestOutcome> IngestAsync(ArticleInfo article, string origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        return (await IngestBatchAsync([ArticleRecord.Ok(origin, article)], cancellationToken))[0];
    }

    /// <summary>
    /// Extracts every readable record and stores them all in one transaction. Records that cannot be read, and
    /// articles the extractor fails on, come back as failed outcomes and do not stop the others. A store failure
    /// throws, and then none of the batch is stored.
    /// </summary>
    public async Task<IReadOnlyList<IngestOutcome>> IngestBatchAsync(IReadOnlyList<ArticleRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var outcomes = new IngestOutcome[records.Count];
        var extracted = new List<(int Index, ArticleGraph Graph, TimeSpan Took)>(records.Count);
        foreach (var (record, index) in records.Select((r, i) => (r, i)))
        {
            if (record.Article is null)
            {
                outcomes[index] = Reject(record.Origin, record.Error ?? "unreadable");
                continue;
            }

            var started = Stopwatch.GetTimestamp();
            var known = await GetKnownActorsAsync(cancellationToken); // a store failure here is the store's, and throws
            try
            {
                var graph = extractor.Extract(record.Article, known, cancellationToken);
                Remember(graph);
                extracted.Add((index, graph, Stopwatch.GetElapsedTime(started)));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bug in a rule must not stop a bulk load or the worker: the article is reported as failed, with why.
                Log.ExtractionFailed(logger, e, record.Origin);
                outcomes[index] = Reject(record.Origin, $"the extractor failed on this article ({e.GetType().Name}: {e.Message})");
            }
        }

        if (extracted.Count > 0)
        {
            var writeStarted = Stopwatch.GetTimestamp();
            var results = await store.UpsertBatchAsync(extracted.ConvertAll(e => e.Graph), cancellationToken);
            var writeShare = Stopwatch.GetElapsedTime(writeStarted) / extracted.Count;
            if (results.Any(r => r.Created))
            {
                // The next batch sees people as the store merged them, not as this batch remembered them, so what a
                // load extracts does not depend on whether it ran in one process or was stopped and resumed.
                lock (_knownLock)
                {
                    _known = null;
                }
            }

            for (var i = 0; i < extracted.Count; i++)
            {
                var (index, graph, took) = extracted[i];
                var result = results[i];
                var duration = took + writeShare;
                Log.ArticleIngested(logger, result.ArticleId, records[index].Origin, result.Created, graph.Persons.Count, graph.Meetings.Count, (long)duration.TotalMilliseconds);
                metrics.ArticleStored(result.Created, duration);
                outcomes[index] = new IngestOutcome(records[index].Origin, graph.Article.Title, result.ArticleId, result.Created, graph.Persons.Count, graph.Meetings.Count, null, graph);
            }
        }

        return outcomes;
    }

    /// <summary>Extracts without storing, with the graph's known people (for <c>actorgraph extract</c> and previews).</summary>
    public async Task<ArticleGraph> ExtractAsync(ArticleInfo article, CancellationToken cancellationToken)
    {
        var known = await GetKnownActorsAsync(cancellationToken);
        return extractor.Extract(article, known, cancellationToken);
    }

    /// <summary>Extracts one article against the graph's known people and says which rule produced each fact.</summary>
    public async Task<ExplainedExtraction> ExplainAsync(ArticleInfo article, CancellationToken cancellationToken)
    {
        var known = await GetKnownActorsAsync(cancellationToken);
        return extractor.Explain(article, known, cancellationToken);
    }

    private IngestOutcome Reject(string origin, string reason)
    {
        Log.ArticleRejected(logger, origin, reason);
        metrics.ArticleRejected();
        return IngestOutcome.Failed(origin, reason);
    }

    private async Task<IReadOnlyList<KnownActor>> GetKnownActorsAsync(CancellationToken cancellationToken)
    {
        lock (_knownLock)
        {
            if (_known is not null)
            {
                return _known;
            }
        }

        // Two first callers may both load; the lists are equal, so whichever lands is right.
        var loaded = KnownActorIndex.Of(catalog, await store.GetKnownActorsAsync(cancellationToken));
        lock (_knownLock)
        {
            _known ??= loaded;
            return _known;
        }
    }

    /// <summary>
    /// Adds the article's people to the known list before it is stored, so the next article of the same batch
    /// recognises them too. Should the batch fail, the extra names only help recognition; nothing is stored from them.
    /// </summary>
    private void Remember(ArticleGraph graph)
    {
        lock (_knownLock)
        {
            if (_known is null)
            {
                return;
            }

            var added = new List<KnownActor>();
            foreach (var person in graph.Persons.Where(p => p.Name.Contains(' ', StringComparison.Ordinal)))
            {
                if (!_known.HasName(person.Name) && !added.Exists(k => string.Equals(k.Name, person.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    added.Add(new KnownActor("", person.Name, person.Aliases, person.Country));
                }
            }

            if (added.Count > 0)
            {
                _known = _known.With(added);
            }
        }
    }
}
