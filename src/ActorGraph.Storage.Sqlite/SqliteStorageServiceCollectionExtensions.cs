using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ActorGraph.Storage.Sqlite;

public static class SqliteStorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds the graph store chosen by <see cref="StoreOptions"/>: a file path selects the embedded SQLite store.
    /// A Neo4j address is refused with a clear message until the Neo4j store lands (issue 4).
    /// </summary>
    public static IServiceCollection AddActorGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var store = configuration.GetSection(StoreOptions.SectionName).Get<StoreOptions>() ?? new StoreOptions();
        if (store.IsNeo4j)
        {
            throw new OptionsValidationException(StoreOptions.SectionName, typeof(StoreOptions),
                [$"Store:Location '{store.Location}' is a Neo4j address, but this build has only the embedded SQLite store. Give a file path (e.g. data/actorgraph.db)."]);
        }

        services.AddOptions<SqliteStoreOptions>()
            .Configure(o => o.Path = store.Location)
            .BindConfiguration(SqliteStoreOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => ReferenceCatalog.Default);
        services.TryAddSingleton<SqliteConnectionFactory>();
        services.TryAddSingleton<IGraphStore, SqliteGraphStore>();
        services.TryAddSingleton<IGraphQueries, SqliteGraphQueries>();
        return services;
    }
}
