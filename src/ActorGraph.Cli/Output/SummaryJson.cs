using System.Text.Json;
using ActorGraph.Core.Storage;
using ActorGraph.Ingestion;
using Spectre.Console;

namespace ActorGraph.Cli.Output;

/// <summary>
/// <c>--format json</c> of the commands that print a table (ingest, import history-state, meetings show): the progress and the table go to standard error,
/// and standard output gets one JSON object with the same numbers, for scripts.
/// </summary>
internal static class SummaryJson
{
    public const string Format = "json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // read by people and scripts, never put in a web page
    };

    /// <summary>Where a command's progress and tables go: the terminal's standard output, or standard error when JSON takes standard output.</summary>
    public static IAnsiConsole ConsoleFor(string format)
    {
        if (format != Format)
        {
            return AnsiConsole.Console;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (Console.IsErrorRedirected)
        {
            console.Profile.Width = 4096; // as Program does for standard output: lines and tables are not wrapped when piped
        }

        return console;
    }

    public static string OfIngest(IngestionSummary summary, StoreStatistics? stored, bool stopped) => JsonSerializer.Serialize(new
    {
        newArticles = summary.Added,
        alreadyStored = summary.AlreadyStored,
        failed = summary.Failed,
        peopleNamed = summary.Persons,
        meetingsReported = summary.Meetings,
        failures = summary.Failures.Select(f => new { origin = f.Origin, error = f.Error }),
        stopped,
        store = Store(stored),
    }, Options);

    public static string OfImport(IngestionSummary summary, StoreStatistics stored, bool stopped) => JsonSerializer.Serialize(new
    {
        files = summary.Files,
        records = summary.Read,
        newRecords = summary.Added,
        alreadyStored = summary.AlreadyStored,
        noOneMet = summary.WithoutMeetings,
        failed = summary.Failed,
        meetings = summary.Meetings,
        failures = summary.Failures.Select(f => new { origin = f.Origin, error = f.Error }),
        stopped,
        store = Store(stored),
    }, Options);

    /// <summary>A meeting's sources, as <c>meetings show</c> lists them.</summary>
    public static string Of(IReadOnlyList<MeetingSource> sources) => JsonSerializer.Serialize(
        sources.Select(s => new { articleId = s.ArticleId, title = s.Title, url = s.Url, source = s.Source, publishedAt = s.PublishedAt, evidence = s.Evidence, recordId = s.RecordId }),
        Options);

    private static object? Store(StoreStatistics? stored) => stored is null ? null : new
    {
        people = stored.Persons,
        meetings = stored.Meetings,
        meetingReports = stored.MeetingReports,
        articles = stored.NewsArticles,
        officialRecords = stored.OfficialRecords,
    };
}
