using ActorGraph.Cli.Commands;
using ActorGraph.Extraction.Ingestion;
using Spectre.Console;

namespace ActorGraph.Cli.Output;

/// <summary>Ingests files with a progress bar (plain progress lines when output is redirected) and prints a summary table.</summary>
internal static class IngestRunner
{
    public static async Task<IngestSummary> RunAsync(ArticleIngestor ingestor, IReadOnlyList<string> paths, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var (files, missing) = ArticlePaths.Expand(paths);
        var summary = new IngestSummary();
        foreach (var path in missing)
        {
            summary.Count(new IngestOutcome(path, null, null, false, 0, 0, "no such file or folder"));
        }

        if (console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
        {
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask("Ingesting", maxValue: Math.Max(1, files.Count));
                    foreach (var file in files)
                    {
                        task.Description = Markup.Escape(Path.GetFileName(file));
                        await IngestOneAsync(ingestor, file, summary, cancellationToken);
                        task.Increment(1);
                    }
                });
        }
        else
        {
            for (var i = 0; i < files.Count; i++)
            {
                await IngestOneAsync(ingestor, files[i], summary, cancellationToken);
                console.MarkupLineInterpolated($"[grey][[{i + 1}/{files.Count}]][/] {files[i]}");
            }
        }

        Print(summary, files.Count, console);
        return summary;
    }

    private static async Task IngestOneAsync(ArticleIngestor ingestor, string file, IngestSummary summary, CancellationToken cancellationToken)
    {
        var outcomes = file == "-"
            ? ingestor.IngestStreamAsync(Console.OpenStandardInput(), "stdin", cancellationToken)
            : ingestor.IngestFileAsync(file, cancellationToken);
        await foreach (var outcome in outcomes)
        {
            summary.Count(outcome);
        }
    }

    private static void Print(IngestSummary summary, int files, IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("files").AddColumn("new articles").AddColumn("already stored")
            .AddColumn("failed").AddColumn("persons").AddColumn("meetings");
        table.AddRow(files.ToString(System.Globalization.CultureInfo.InvariantCulture), summary.Added.ToString(System.Globalization.CultureInfo.InvariantCulture),
            summary.AlreadyStored.ToString(System.Globalization.CultureInfo.InvariantCulture), summary.Failures.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            summary.Persons.ToString(System.Globalization.CultureInfo.InvariantCulture), summary.Meetings.ToString(System.Globalization.CultureInfo.InvariantCulture));
        console.Write(table);
        foreach (var failure in summary.Failures)
        {
            console.MarkupLineInterpolated($"[red]failed[/] {failure.Origin}: {failure.Error}");
        }
    }
}
