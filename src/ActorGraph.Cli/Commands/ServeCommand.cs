using System.CommandLine;
using ActorGraph.Api;
using ActorGraph.Cli.Output;
using ActorGraph.Core.Storage;
using ActorGraph.Hosting;
using ActorGraph.Ingestion;
using ActorGraph.Worker;
using Spectre.Console;

namespace ActorGraph.Cli.Commands;

internal static class ServeCommand
{
    public static Command Create()
    {
        var ingest = new Option<string[]>("--ingest") { Description = "Files or folders to ingest before serving (idempotent).", AllowMultipleArgumentsPerToken = true };
        var urls = new Option<string?>("--urls") { Description = "Where to listen, e.g. http://127.0.0.1:5080 (default: ASPNETCORE_URLS, else http://localhost:5000)." };
        var inbox = new Option<string?>("--inbox") { Description = "Also run the inbox worker on this folder (files dropped there are ingested; see Worker:* settings)." };
        var command = new Command("serve", "Run the GraphQL server (GraphiQL at /graphql/ui, health at /health).") { ingest, urls, inbox };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var builder = ActorGraphWebApplication.CreateBuilder([]);

            // Command line beats the environment (ACTORGRAPH__STORE__LOCATION), which beats appsettings.
            builder.Configuration.AddActorGraphEnvironment();
            if (parse.GetValue(CommonOptions.Store) is { } store)
            {
                builder.Configuration.AddInMemoryCollection([new(StoreOptions.SectionName + ":" + nameof(StoreOptions.Location), store)]);
            }

            if (parse.GetValue(urls) is { } listen)
            {
                builder.WebHost.UseUrls(listen);
            }

            builder.AddActorGraphApi();
            if (parse.GetValue(inbox) is { } folder)
            {
                builder.Configuration.AddInMemoryCollection([new(Worker.Inbox.WorkerOptions.SectionName + ":" + nameof(Worker.Inbox.WorkerOptions.Inbox), folder)]);
                builder.Services.AddActorGraphInboxWorker();
            }

            await using var app = builder.Build();
            app.MapActorGraphApi();
            if (parse.GetValue(ingest) is { Length: > 0 } paths)
            {
                var runner = new IngestRunner(app.Services.GetRequiredService<ArticleIngestor>(), app.Services.GetRequiredService<FileBatchIngestor>(),
                    checkpoints: null, batchSize: 100, AnsiConsole.Console);
                await runner.RunAsync(paths, cancellationToken);
            }

            await app.RunAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
