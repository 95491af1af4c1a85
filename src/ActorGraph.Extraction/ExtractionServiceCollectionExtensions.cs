using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using ActorGraph.Extraction.Ingestion;
using ActorGraph.Extraction.Reading;
using ActorGraph.Extraction.Records;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ActorGraph.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>Adds the article readers and the extractor (reference data loaded once, shared by all requests).</summary>
    public static IServiceCollection AddActorGraphExtraction(this IServiceCollection services)
    {
        services.AddOptions<ReadingOptions>()
            .BindConfiguration(ReadingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(_ => ReferenceCatalog.Default);
        services.TryAddSingleton(_ => KnownOfficials.Default);
        services.TryAddSingleton(_ => OfficeHolderTable.Default);
        services.TryAddSingleton<IArticleExtractor, ArticleExtractor>();
        services.TryAddSingleton<ArticleReader>();
        services.AddMetrics();
        services.TryAddSingleton<IngestionMetrics>();
        services.TryAddSingleton<ArticleIngestor>();
        services.TryAddSingleton<FileBatchIngestor>();
        services.TryAddSingleton<OfficialRecordMapper>();
        services.TryAddSingleton<HistoryStateImporter>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
