using ActorGraph.Core.Annotation;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using ActorGraph.Core.Storage;

namespace ActorGraph.Extraction.Tests;

/// <summary>Runs the real extractor on a snippet of news text.</summary>
internal static class Extract
{
    private static readonly ArticleExtractor Extractor = new(ReferenceCatalog.Default, OfficeHolderTable.Default);
    private static readonly ArticleExtractor RulesOnly = new(ReferenceCatalog.Default, OfficeHolderTable.Empty);

    public static ArticleGraph Text(string text, string? publishedAt = "2023-10-12", IReadOnlyList<KnownActor>? known = null, string title = "Test") =>
        Extractor.Extract(new ArticleInfo(title, text, PublishedAt: publishedAt), known ?? [], CancellationToken.None);

    /// <summary>Without the office-holders table: what the text alone says.</summary>
    public static ArticleGraph TextAlone(string text, string? publishedAt = "2023-10-12") =>
        RulesOnly.Extract(new ArticleInfo("Test", text, PublishedAt: publishedAt), [], CancellationToken.None);
}
