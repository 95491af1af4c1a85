using ActorGraph.Hosting;
using ActorGraph.Ingestion.Composition;
using ActorGraph.Storage;
using ActorGraph.Worker.Inbox;

namespace ActorGraph.Worker;

public static class WorkerServiceCollectionExtensions
{
    /// <summary>Adds the inbox worker with validated <see cref="WorkerOptions"/> (the store and extraction must be added too).</summary>
    public static IServiceCollection AddActorGraphInboxWorker(this IServiceCollection services)
    {
        services.AddOptions<WorkerOptions>().BindConfiguration(WorkerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<InboxWorker>();
        return services;
    }

    /// <summary>Where the standalone worker serves <c>/health</c> unless ASPNETCORE_URLS or --urls says otherwise (the API defaults to 5000).</summary>
    public const string DefaultUrl = "http://localhost:5081";

    /// <summary>The standalone worker: store, extraction, the inbox worker and <c>/health</c>.</summary>
    public static WebApplicationBuilder AddActorGraphWorker(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.AddActorGraphEnvironment();
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // One line per article and per file is the worker's log; per-request lines of /health polls are noise. The
        // console format follows Logging:Console:FormatterName (simple, json for log shippers, systemd).
        // (The slim host pins the simple format, so the setting is bound again here.)
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(builder.Configuration.GetSection("Logging:Console"));
        builder.Services.AddActorGraphStore(builder.Configuration)
                        .AddActorGraphIngestion()
                        .AddActorGraphInboxWorker()
                        .AddActorGraphHealthChecks();
        return builder;
    }
}
