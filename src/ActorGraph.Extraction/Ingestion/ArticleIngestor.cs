using System.Diagnostics;
using ActorGraph.Core.Annotation;
using ActorGraph.Core.Storage;
using ActorGraph.Extraction.Reading;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Extraction.Ingestion;

/// <summary>
/// Reads, extracts and stores articles: the one path every entry point (CLI, API, worker) uses, so all of them
/// recognise people already in the graph and fail the same way on bad input.
/// </summary>
public sealed class ArticleIngestor(IArticleExtractor extractor, IGraphStore store, ArticleReader reader, ILogger<ArticleIngestor> logger)
{
    private readonly Lock _knownLock = new();
    private List<KnownActor>? _known;

    public async IAsyncEnumerable<IngestOutcome> IngestFileAsync(string path, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var record in reader.ReadFileAsync(path, cancellationToken))
        {
            yield return await IngestRecordAsync(record, cancellationToken);
        }
    }

    public async IAsyncEnumerable<IngestOutcome> IngestStreamAsync(Stream stream, string name, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var record in reader.ReadStreamAsync(stream, name, cancellationToken))
        {
            yield return await IngestRecordAsync(record, cancellationToken);
        }
    }

    public async Task<IngestOutcome> IngestRecordAsync(ArticleRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Article is null)
        {
            Log.ArticleRejected(logger, record.Origin, record.Error ?? "unreadable");
            return new IngestOutcome(record.Origin, null, null, false, 0, 0, record.Error ?? "unreadable");
        }

        return await IngestAsync(record.Article, record.Origin, cancellationToken);
    }

    public async Task<IngestOutcome> IngestAsync(ArticleInfo article, string origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var started = Stopwatch.GetTimestamp();
        var known = await GetKnownActorsAsync(cancellationToken);
        var graph = extractor.Extract(article, known, cancellationToken);
        var result = await store.UpsertAsync(graph, cancellationToken);
        await RememberAsync(graph, cancellationToken);
        var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var (persons, meetings) = (graph.Persons.Count, graph.Meetings.Count);
        Log.ArticleIngested(logger, result.ArticleId, origin, result.Created, persons, meetings, elapsedMs);
        return new IngestOutcome(origin, article.Title, result.ArticleId, result.Created, persons, meetings, null);
    }

    /// <summary>Extracts without storing, with the graph's known people (for <c>actorgraph extract</c> and previews).</summary>
    public async Task<ArticleGraph> ExtractAsync(ArticleInfo article, CancellationToken cancellationToken)
    {
        var known = await GetKnownActorsAsync(cancellationToken);
        return extractor.Extract(article, known, cancellationToken);
    }

    private async Task<IReadOnlyList<KnownActor>> GetKnownActorsAsync(CancellationToken cancellationToken)
    {
        lock (_knownLock)
        {
            if (_known is not null)
            {
                return _known.ToList();
            }
        }

        // Two first callers may both load; the lists are equal, so whichever lands is right.
        var loaded = await store.GetKnownActorsAsync(cancellationToken);
        lock (_knownLock)
        {
            _known ??= [.. loaded];
            return _known.ToList();
        }
    }

    private async Task RememberAsync(ArticleGraph graph, CancellationToken cancellationToken)
    {
        await GetKnownActorsAsync(cancellationToken);
        lock (_knownLock)
        {
            foreach (var person in graph.Persons.Where(p => p.Name.Contains(' ', StringComparison.Ordinal)))
            {
                if (!_known!.Exists(k => string.Equals(k.Name, person.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    _known.Add(new KnownActor("", person.Name, person.Aliases, person.Country));
                }
            }
        }
    }
}
