using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j;
using ActorGraph.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds the store <see cref="StoreOptions"/> selects: an http(s) address in <c>Store:Location</c> (or, with no
    /// location given, <c>Neo4j:Uri</c>) selects Neo4j; a file path selects the embedded SQLite store.
    /// </summary>
    public static IServiceCollection AddActorGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var location = configuration[$"{StoreOptions.SectionName}:{nameof(StoreOptions.Location)}"];
        var neo4jUri = configuration[$"{Neo4jOptions.SectionName}:{nameof(Neo4jOptions.Uri)}"];
        var store = new StoreOptions { Location = location ?? (string.IsNullOrWhiteSpace(neo4jUri) ? new StoreOptions().Location : neo4jUri) };
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(store));
        if (!store.IsNeo4j)
        {
            return services.AddSqliteGraphStore(configuration, store.Location);
        }

        if (!Uri.TryCreate(store.Location, UriKind.Absolute, out var uri))
        {
            throw new Microsoft.Extensions.Options.OptionsValidationException(StoreOptions.SectionName, typeof(StoreOptions),
                [$"Store:Location '{store.Location}' looks like a Neo4j address but is not a valid URL; write it as http://host:7474 or http://user:password@host:7474."]);
        }

        return services.AddNeo4jGraphStore(configuration, uri);
    }
}
