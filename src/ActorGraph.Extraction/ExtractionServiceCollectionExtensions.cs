using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using ActorGraph.Extraction.ReferenceData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ActorGraph.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>Adds the extractor (reference data loaded once, shared by all requests).</summary>
    public static IServiceCollection AddActorGraphExtraction(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => ReferenceCatalog.Default);
        services.TryAddSingleton(_ => KnownOfficials.Default);
        services.TryAddSingleton(_ => OfficeHolderTable.Default);
        services.TryAddSingleton<IArticleExtractor, ArticleExtractor>();
        return services;
    }
}
