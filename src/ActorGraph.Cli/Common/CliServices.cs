using ActorGraph.Core.Storage;
using ActorGraph.Hosting;
using ActorGraph.Ingestion.Composition;
using ActorGraph.Storage;
using Microsoft.Extensions.Options;

namespace ActorGraph.Cli.Common;

/// <summary>The services a CLI command needs, composed exactly as the API composes them.</summary>
internal static class CliServices
{
    public static ServiceProvider Build(string? store)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables(prefix: ActorGraphHostDefaults.EnvironmentPrefix);
        if (store is not null)
        {
            configuration.AddInMemoryCollection([new(StoreOptions.SectionName + ":" + nameof(StoreOptions.Location), store)]);
        }

        var config = configuration.Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(config)
            // Logs go to standard error, so a command's output (extract --format json, stats --format json) stays clean.
            .AddLogging(l => l.AddConfiguration(config.GetSection("Logging")).AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
                .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
                // Loading the office-holders table into a new store takes seconds: say so, and how far it got.
                .AddFilter(typeof(Storage.Sqlite.SqliteConnectionFactory).FullName, LogLevel.Information)
                .AddFilter(typeof(Storage.Neo4j.Neo4jClient).FullName, LogLevel.Information));
        services.AddActorGraphStore(config).AddActorGraphIngestion();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        ValidateOptions(provider);
        return provider;
    }

    /// <summary>Fails fast with the option's own message, as the web host does with ValidateOnStart.</summary>
    private static void ValidateOptions(ServiceProvider provider)
    {
        _ = provider.GetRequiredService<IGraphStore>(); // each store reads its validated options when it is built
        _ = provider.GetRequiredService<IOptions<Ingestion.Reading.ReadingOptions>>().Value;
    }
}
