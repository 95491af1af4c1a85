using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using ActorGraph.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ActorGraph.Storage.Sqlite;

public static class SqliteStorageServiceCollectionExtensions
{
    /// <summary>Adds the embedded SQLite store on the database file <paramref name="path"/> (the <c>Sqlite</c> section tunes it).</summary>
    public static IServiceCollection AddSqliteGraphStore(this IServiceCollection services, IConfiguration configuration, string path)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SqliteStoreOptions>()
            .Configure(o => o.Path = path)
            .Bind(configuration.GetSection(SqliteStoreOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => ReferenceCatalog.Default);
        services.TryAddSingleton(_ => OfficeHolderTable.Default);
        services.TryAddSingleton<SqliteConnectionFactory>();
        services.TryAddSingleton<IGraphStore, SqliteGraphStore>();
        services.TryAddSingleton<IGraphReads, SqliteGraphReads>();
        services.TryAddSingleton<IGraphQueries, GraphQueries>();
        return services;
    }
}
