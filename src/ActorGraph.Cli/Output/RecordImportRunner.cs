using System.Diagnostics;
using System.Globalization;
using ActorGraph.Core.Storage;
using ActorGraph.Extraction.Records;
using Spectre.Console;

namespace ActorGraph.Cli.Output;

/// <summary>
/// Runs a history-state import with a progress display (records, rate, ETA by bytes read; plain lines every few
/// seconds when output is redirected), then prints what it did and what the store holds before and after.
/// </summary>
internal sealed class RecordImportRunner(HistoryStateImporter importer, IGraphStore store, IAnsiConsole console)
{
    private static readonly TimeSpan PlainProgressEvery = TimeSpan.FromSeconds(2);

    private readonly Stopwatch _clock = new();
    private TimeSpan _lastPlainLine;

    public async Task<RecordImportSummary> RunAsync(string root, int batchSize, CancellationToken stopToken)
    {
        var layout = HistoryStateLayout.Locate(root);
        var presidents = layout.PresidentsFile is { } file
            ? await HistoryStateReader.ReadPresidentsAsync(file, stopToken)
            : KnownOfficials.Default.Presidents;
        var totalBytes = layout.RecordFiles.Sum(f => new FileInfo(f).Length);
        console.MarkupLineInterpolated($"Importing {layout.RecordFiles.Count:N0} record files ({totalBytes / 1024.0 / 1024.0:N1} MB) from {root}; presidents' terms from {layout.PresidentsFile ?? "the built-in list"}.");
        var before = await store.GetStatisticsAsync(stopToken);
        _clock.Start();
        var doneBefore = 0L;
        var currentFile = "";
        long Done(string file, long position)
        {
            if (file != currentFile)
            {
                doneBefore += currentFile.Length == 0 ? 0 : new FileInfo(currentFile).Length;
                currentFile = file;
            }

            return doneBefore + position;
        }

        RecordImportSummary summary;
        if (console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
        {
            summary = await console.Progress()
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask("Importing", maxValue: Math.Max(1, totalBytes));
                    return await importer.ImportAsync(layout.RecordFiles, presidents, batchSize, (f, position, s) =>
                    {
                        task.Value = Done(f, position);
                        task.Description = Markup.Escape($"{s.Records:N0} records · {Rate(s):N0}/s · {Path.GetFileName(f)}");
                    }, stopToken);
                });
        }
        else
        {
            summary = await importer.ImportAsync(layout.RecordFiles, presidents, batchSize, (f, position, s) =>
            {
                var done = Done(f, position);
                if (_clock.Elapsed - _lastPlainLine >= PlainProgressEvery || done >= totalBytes)
                {
                    _lastPlainLine = _clock.Elapsed;
                    var share = totalBytes == 0 ? 1 : (double)done / totalBytes;
                    var eta = share is > 0 and < 1 ? TimeSpan.FromSeconds(_clock.Elapsed.TotalSeconds * (1 - share) / share) : TimeSpan.Zero;
                    console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"[{s.Records:N0} records] {share:P0} · {Rate(s):N0} records/s · ETA {eta:hh\\:mm\\:ss} · {Path.GetFileName(f)}"));
                }
            }, stopToken);
        }

        _clock.Stop();
        var after = await store.GetStatisticsAsync(CancellationToken.None);
        Print(summary, before, after, stopToken.IsCancellationRequested);
        return summary;
    }

    private double Rate(RecordImportSummary summary) => summary.Records / Math.Max(0.001, _clock.Elapsed.TotalSeconds);

    private void Print(RecordImportSummary summary, StoreStatistics before, StoreStatistics after, bool stopped)
    {
        static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        var table = new Table().Border(TableBorder.Rounded).AddColumn("files").AddColumn("records").AddColumn("new").AddColumn("already stored")
            .AddColumn("no one met").AddColumn("failed").AddColumn("meetings").AddColumn("records/s").AddColumn("time");
        table.AddRow(N(summary.Files), N(summary.Records), N(summary.Added), N(summary.AlreadyStored), N(summary.WithoutMeetings), N(summary.Failed),
            N(summary.Meetings), Rate(summary).ToString("N0", CultureInfo.InvariantCulture), _clock.Elapsed.ToString(@"m\:ss", CultureInfo.InvariantCulture));
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
