using ActorGraph.Api.Http;
using ActorGraph.Hosting;
using ActorGraph.Ingestion.Composition;
using ActorGraph.Storage;

namespace ActorGraph.Api;

/// <summary>The API's composition, shared by Program.cs, <c>actorgraph serve</c> and the tests.</summary>
public static class ActorGraphWebApplication
{
    /// <summary>A builder whose web root is the one shipped beside the binaries, wherever the process starts.</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args) => WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = args,
        WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
    });

    private const string LandingPage = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>ActorGraph</title></head>
        <body style="font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem">
          <h1>ActorGraph</h1>
          <p>Who is who in diplomacy and who met whom, with the sentences that say so.</p>
          <ul>
            <li><a href="/explore">Explorer</a>: a person's or a country's meetings as a network</li>
            <li><a href="/graphql/ui">GraphiQL</a>: ask the GraphQL API (<a href="/graphql/schema.graphql">schema</a>)</li>
            <li><a href="/export/meetings.csv">Meetings as CSV</a> · <a href="/export/meetings.jsonl">JSON Lines</a></li>
            <li><a href="/health">Health</a></li>
          </ul>
        </body></html>
        """;

    public static WebApplicationBuilder AddActorGraphApi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.AddActorGraphEnvironment();
        builder.Services.AddActorGraphStore(builder.Configuration)
                        .AddActorGraphIngestion()
                        .AddActorGraphGraphQL()
                        .AddActorGraphHealthChecks();
        return builder;
    }

    public static WebApplication MapActorGraphApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStaticFiles();
        app.MapGet("/", () => Results.Content(LandingPage, "text/html; charset=utf-8"));
        app.MapGet("/explore", (IWebHostEnvironment environment) =>
            environment.WebRootFileProvider.GetFileInfo("explorer/index.html") is { Exists: true } page
                ? Results.File(page.CreateReadStream(), "text/html; charset=utf-8")
                : Results.NotFound());
        app.MapActorGraphGraphQL("/graphql");
        app.MapActorGraphExport();
        app.MapActorGraphBrowserGuide();
        app.MapActorGraphHealth();
        return app;
    }
}
