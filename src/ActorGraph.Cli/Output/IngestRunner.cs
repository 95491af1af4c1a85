using System.Globalization;
using ActorGraph.Cli.Common;
using ActorGraph.Ingestion;
using Spectre.Console;

namespace ActorGraph.Cli.Output;

/// <summary>
/// Ingests files in batches with a progress display (articles, rate, ETA by bytes read; plain lines every few seconds
/// when output is redirected) and prints a summary table. JSON Lines files resume from their checkpoint.
/// </summary>
internal sealed class IngestRunner(ArticleIngestor ingestor, FileBatchIngestor files, IngestCheckpoints? checkpoints, int batchSize, IAnsiConsole console)
{
    private readonly IngestionSummary _summary = new(FileBatchIngestor.MaxFailuresKept);

    /// <param name="stopToken">Ctrl+C: the batch in hand is committed, then the run stops (and resumes next time).</param>
    public async Task<IngestionSummary> RunAsync(IReadOnlyList<string> paths, CancellationToken stopToken)
    {
        var (found, missing) = ArticlePaths.Expand(paths);
        foreach (var path in missing)
        {
            _summary.Count(IngestOutcome.Failed(path, "no such file or folder"));
        }

        var totalBytes = found.Where(f => f != "-").Sum(f => new FileInfo(f).Length);
        var progress = new ByteProgress(console, "Ingesting", "articles", totalBytes);
        long done = 0;
        var stoppedIn = await progress.RunAsync(report => IngestAllAsync(found, (file, bytes) =>
        {
            done += bytes;
            report(file, done, _summary.Handled);
        }, stopToken));

        Print(found.Count, stoppedIn, progress.Rate(_summary.Handled));
        return _summary;
    }

    private async Task<string?> IngestAllAsync(List<string> found, Action<string, long> advance, CancellationToken stopToken)
    {
        foreach (var file in found)
        {
            if (stopToken.IsCancellationRequested)
            {
                return file;
            }

            if (file == "-")
            {
                await foreach (var outcome in ingestor.IngestStreamAsync(Console.OpenStandardInput(), "stdin", stopToken))
                {
                    _summary.Count(outcome);
                    advance(file, 0);
                }

                continue;
            }

            long reported = 0;
            var result = await files.IngestAsync(file, batchSize, checkpoints, batch =>
            {
                foreach (var outcome in batch.Outcomes)
                {
                    _summary.Count(outcome);
                }

                advance(file, batch.Position - reported);
                reported = batch.Position;
            }, stopToken, CancellationToken.None);
            advance(file, new FileInfo(file).Length - reported);
            if (result.ResumedAfterLine > 0)
            {
                console.MarkupLineInterpolated($"[grey]{file}: resumed after line {result.ResumedAfterLine:N0} (checkpoint in {checkpoints!.Directory})[/]");
            }

            if (!result.Completed)
            {
                return file;
            }
        }

        return null;
    }

    private void Print(int fileCount, string? stoppedIn, double rate)
    {
        static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        var table = new Table().Border(TableBorder.Rounded).AddColumn("files").AddColumn("new articles").AddColumn("already stored")
            .AddColumn("failed").AddColumn("people named").AddColumn("meetings reported").AddColumn("articles/s");
        table.AddRow(N(fileCount), N(_summary.Added), N(_summary.AlreadyStored), N(_summary.Failed), N(_summary.Persons), N(_summary.Meetings),
            rate.ToString("N0", CultureInfo.InvariantCulture));
        console.Write(table);
        foreach (var failure in _summary.Failures)
        {
            console.MarkupLineInterpolated($"[red]failed[/] {failure.Origin}: {failure.Error}");
        }

        if (_summary.Failed > _summary.Failures.Count)
        {
            console.MarkupLineInterpolated($"[red]… and {_summary.Failed - _summary.Failures.Count:N0} more failed articles[/]");
        }

        if (stoppedIn is not null)
        {
            console.MarkupLineInterpolated($"[yellow]Stopped in {stoppedIn}; run the same command again to resume where it stopped.[/]");
        }
    }
}
