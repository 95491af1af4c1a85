using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ActorGraph.Cli.Common;
using ActorGraph.Core.Storage;

namespace ActorGraph.Cli.Commands;

/// <summary>
/// <c>bench --query-store STORE --meetings N</c>: fills a store with <see cref="GeneratedMeetingFeed"/>'s graphs for the
/// query benchmark (<c>tools/loadtest/queries.mjs</c>), and writes beside it the names that benchmark asks about.
/// </summary>
internal static class QueryStoreBench
{
    public static async Task<int> RunAsync(string store, int meetings, CancellationToken cancellationToken)
    {
        var feed = new GeneratedMeetingFeed(meetings);
        await using var services = CliServices.Build(store);
        var graphStore = services.GetRequiredService<IGraphStore>();
        var before = await graphStore.GetStatisticsAsync(cancellationToken);
        if (before.Meetings > 0)
        {
            await Console.Error.WriteLineAsync($"{store} already holds {before.Meetings:N0} meetings: give the benchmark a new store.");
            return 2;
        }

        var started = Stopwatch.GetTimestamp();
        var written = 0;
        foreach (var batch in feed.Graphs().Chunk(500))
        {
            await graphStore.UpsertBatchAsync(batch, cancellationToken);
            written += batch.Length;
            if (!Console.IsErrorRedirected)
            {
                Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{written:N0} of {feed.Articles:N0} generated reports stored"));
            }
        }

        if (!Console.IsErrorRedirected)
        {
            await Console.Error.WriteLineAsync();
        }

        var stats = await graphStore.GetStatisticsAsync(cancellationToken);
        var names = new QueryBenchNames(
            GeneratedMeetingFeed.NameOf(0), GeneratedMeetingFeed.NameOf(1), GeneratedMeetingFeed.NameOf(feed.People / 2),
            GeneratedMeetingFeed.CountryOf(0));
        var namesPath = NamesPath(store);
        await File.WriteAllTextAsync(namesPath, JsonSerializer.Serialize(names, JsonSerializerOptions.Web), cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stats.Meetings:N0} meetings of {stats.Persons:N0} people from {feed.Articles:N0} generated reports in {Stopwatch.GetElapsedTime(started).TotalSeconds:N1} s; names to query in {namesPath}"));
        return 0;
    }

    private static string NamesPath(string store) =>
        Uri.TryCreate(store, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? "query-bench-names.json" : store + ".names.json";
}
