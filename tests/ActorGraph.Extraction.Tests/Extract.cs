using ActorGraph.Extraction.Records;
using ActorGraph.Core.Annotation;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.Storage;

namespace ActorGraph.Extraction.Tests;

/// <summary>Runs the real extractor on a snippet of news text.</summary>
internal static class Extract
{
    private static readonly ArticleExtractor Extractor = new(ReferenceCatalog.Default, KnownOfficials.Default);

    public static ArticleGraph Text(string text, string? publishedAt = "2023-10-12", IReadOnlyList<KnownActor>? known = null, string title = "Test") =>
        Extractor.Extract(new ArticleInfo(title, text, PublishedAt: publishedAt), known ?? [], CancellationToken.None);
}
