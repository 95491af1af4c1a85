using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Cypher;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ActorGraph.Storage.Neo4j;

public static class Neo4jStorageServiceCollectionExtensions
{
    /// <summary>Adds the Neo4j store, configured from the <c>Neo4j</c> section; <paramref name="uri"/> (from --store) wins over Neo4j:Uri.</summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, IConfiguration configuration, Uri? uri = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<Neo4jOptions>()
            .Bind(configuration.GetSection(Neo4jOptions.SectionName))
            .PostConfigure(o => o.Uri = uri ?? o.Uri)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHttpClient(Neo4jClient.HttpClientName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => ReferenceCatalog.Default);
        services.TryAddSingleton(_ => OfficeHolderTable.Default);
        services.TryAddSingleton(_ => CypherCatalog.Embedded);
        services.TryAddSingleton<Neo4jClient>();
        services.TryAddSingleton<IGraphStore, Neo4jGraphStore>();
        services.TryAddSingleton<IGraphReads, Neo4jGraphReads>();
        services.TryAddSingleton<IGraphQueries, GraphQueries>();
        return services;
    }
}
