using System.Globalization;
using ActorGraph.Core.Storage;
using ActorGraph.Extraction.ReferenceData;
using ActorGraph.Ingestion;
using ActorGraph.Ingestion.Records;
using Spectre.Console;

namespace ActorGraph.Cli.Output;

/// <summary>
/// Runs a history-state import with a progress display (<see cref="ByteProgress"/>), then prints what it did and what the store holds before and after.
/// </summary>
internal sealed class RecordImportRunner(HistoryStateImporter importer, IGraphStore store, IAnsiConsole console)
{
    public async Task<IngestionSummary> RunAsync(string root, int batchSize, CancellationToken stopToken)
    {
        var layout = HistoryStateLayout.Locate(root);
        var presidents = layout.PresidentsFile is { } file
            ? await HistoryStateReader.ReadPresidentsAsync(file, stopToken)
            : KnownOfficials.Default.Presidents;
        var sizes = layout.RecordFiles.ToDictionary(f => f, f => new FileInfo(f).Length);
        var totalBytes = sizes.Values.Sum();
        console.MarkupLineInterpolated($"Importing {layout.RecordFiles.Count:N0} record files ({totalBytes / 1024.0 / 1024.0:N1} MB) from {root}; presidents' terms from {layout.PresidentsFile ?? "the built-in list"}.");
        var before = await store.GetStatisticsAsync(stopToken);

        // The importer reports bytes read within the current file; the bar counts the files before it too.
        var progress = new ByteProgress(console, "Importing", "records", totalBytes);
        var finishedFiles = 0L;
        var currentFile = "";
        var summary = await progress.RunAsync(report => importer.ImportAsync(layout.RecordFiles, presidents, batchSize, (f, position, s) =>
        {
            if (f != currentFile)
            {
                finishedFiles += currentFile.Length == 0 ? 0 : sizes[currentFile];
                currentFile = f;
            }

            report(f, finishedFiles + position, s.Read);
        }, stopToken));

        var (rate, elapsed) = (progress.Rate(summary.Read), progress.Elapsed); // the import's, not the counting after it
        var after = await store.GetStatisticsAsync(CancellationToken.None);
        Print(summary, before, after, rate, elapsed, stopToken.IsCancellationRequested);
        return summary;
    }

    private void Print(IngestionSummary summary, StoreStatistics before, StoreStatistics after, double rate, TimeSpan elapsed, bool stopped)
    {
        static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        var table = new Table().Border(TableBorder.Rounded).AddColumn("files").AddColumn("records").AddColumn("new").AddColumn("already stored")
            .AddColumn("no one met").AddColumn("failed").AddColumn("meetings").AddColumn("records/s").AddColumn("time");
        table.AddRow(N(summary.Files), N(summary.Read), N(summary.Added), N(summary.AlreadyStored), N(summary.WithoutMeetings), N(summary.Failed),
            N(summary.Meetings), rate.ToString("N0", CultureInfo.InvariantCulture), elapsed.ToString(@"m\:ss", CultureInfo.InvariantCulture));
        console.Write(table);

        var store = new Table().Border(TableBorder.Rounded).AddColumn("store").AddColumn("sources").AddColumn("persons").AddColumn("meetings")
            .AddColumn("countries").AddColumn("places");
        store.AddRow("before", N(before.Articles), N(before.Persons), N(before.Meetings), N(before.Countries), N(before.Places));
        store.AddRow("after", N(after.Articles), N(after.Persons), N(after.Meetings), N(after.Countries), N(after.Places));
        console.Write(store);
        foreach (var (origin, error) in summary.Failures)
        {
            console.MarkupLineInterpolated($"[red]failed[/] {origin}: {error}");
        }

        if (summary.Failed > summary.Failures.Count)
        {
            console.MarkupLineInterpolated($"[red]… and {summary.Failed - summary.Failures.Count:N0} more failed records[/]");
        }

        if (stopped)
        {
            console.MarkupLine("[yellow]Stopped; run the same command again to import the rest (what was stored is skipped).[/]");
        }
    }
}
