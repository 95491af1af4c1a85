using System.Diagnostics;
using ActorGraph.Api.GraphQL;
using ActorGraph.Api.GraphQL.Loaders;
using ActorGraph.Core.Storage;
using GraphQL;

namespace ActorGraph.Api.Http;

/// <summary>
/// Runs a few representative queries through the schema as the server starts, so the code behind them is compiled
/// before the first user asks (the first <c>whoMet</c> of a process otherwise costs 0.6–0.9 s of JIT on 2 cores).
/// Failures only cost the warm-up; they are logged and the server runs on.
/// </summary>
internal sealed partial class GraphQLWarmUp(ActorGraphSchema schema, IDocumentExecuter executer, IGraphQueries queries, IServiceProvider services,
    ILogger<GraphQLWarmUp> logger) : BackgroundService
{
    /// <summary>Done once the warm-up has run, whatever its outcome.</summary>
    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Why the warm-up did not run its queries through (a query the schema no longer accepts), or null.</summary>
    public string? Failure { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var found = await queries.SearchPersonsAsync("a", 1, stoppingToken);
            var someone = found.Count > 0 ? found[0].Id : "nobody";
            await RunAsync($$"""{ stats { persons meetings } person(idOrName: "{{someone}}") { person { name } } }""", stoppingToken);
            await RunAsync($$"""
                { whoMet(person: "{{someone}}") { counterparts(first: 5) { totalCount edges { node { person { name country } count meetings { date place status sources { evidence } } } } } }
                  timeline(person: "{{someone}}", first: 5) { edges { node { id date participants { name } } } }
                  connection(from: "{{someone}}", to: "{{someone}}", maxHops: 1) { hops } }
                """, stoppingToken);
            LogWarmedUp(logger, watch.ElapsedMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Failure = e.Message;
            LogWarmUpFailed(logger, e.Message);
        }
        finally
        {
            Done.TrySetResult();
        }
    }

    private async Task RunAsync(string query, CancellationToken cancellationToken)
    {
        using var loaders = new RequestLoaders(queries);
        var result = await executer.ExecuteAsync(o =>
        {
            o.Schema = schema;
            o.Query = query;
            o.UserContext = loaders;
            o.RequestServices = services;
            o.CancellationToken = cancellationToken;
        });

        // An unknown person is expected in an empty store; a query the schema refuses means the warm-up compiles nothing.
        if (!result.Executed)
        {
            throw new InvalidOperationException("a warm-up query was refused: " + string.Join("; ", result.Errors?.Select(e => e.Message) ?? []));
        }
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "GraphQL warmed up in {Milliseconds} ms")]
    private static partial void LogWarmedUp(ILogger logger, long milliseconds);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "GraphQL warm-up failed: {Reason}")]
    private static partial void LogWarmUpFailed(ILogger logger, string reason);
}
