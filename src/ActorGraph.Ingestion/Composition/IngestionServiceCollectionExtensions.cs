using ActorGraph.Extraction;
using ActorGraph.Extraction.Records;
using ActorGraph.Ingestion.Reading;
using ActorGraph.Ingestion.Records;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ActorGraph.Ingestion.Composition;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Adds what gets sources into the graph: the article readers, the ingestors of articles and files, the official
    /// records' importer and the ingestion metrics, with the extractor they run (<see cref="ExtractionServiceCollectionExtensions.AddActorGraphExtraction"/>).
    /// </summary>
    public static IServiceCollection AddActorGraphIngestion(this IServiceCollection services)
    {
        services.AddActorGraphExtraction();
        services.AddOptions<ReadingOptions>()
            .BindConfiguration(ReadingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
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
