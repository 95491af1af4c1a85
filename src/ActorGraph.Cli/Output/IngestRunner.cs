using System.Diagnostics;
using System.Globalization;
using ActorGraph.Cli.Commands;
using ActorGraph.Extraction.Ingestion;
using Spectre.Console;

namespace ActorGraph.Cli.Output;

/// <summary>
/// Ingests files in batches with a progress display (articles, rate, ETA by bytes read; plain lines every few seconds
/// when output is redirected) and prints a summary table. JSON Lines files resume from their checkpoint.
/// </summary>
internal sealed class IngestRunner(ArticleIngestor ingestor, FileBatchIngestor files, IngestCheckpoints? checkpoints, int batchSize, IAnsiConsole console)
{
    private static readonly TimeSpan PlainProgressEvery = TimeSpan.FromSeconds(2);

    private readonly IngestSummary _summary = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastPlainLine;

    /// <param name="stopToken">Ctrl+C: the batch in hand is committed, then the run stops (and resumes next time).</param>
    public async Task<IngestSummary> RunAsync(IReadOnlyList<string> paths, CancellationToken stopToken)
    {
        var (found, missing) = ArticlePaths.Expand(paths);
        foreach (var path in missing)
        {
            _summary.Count(IngestOutcome.Failed(path, "no such file or folder"));
        }

        var totalBytes = found.Where(f => f != "-").Sum(f => new FileInfo(f).Length);
        var stoppedIn = (string?)null;
        if (console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
        {
            await console.Progress()
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask("Ingesting", maxValue: Math.Max(1, totalBytes));
                    stoppedIn = await IngestAllAsync(found, (file, bytes) =>
                    {
                        task.Increment(bytes);
                        task.Description = Markup.Escape($"{_summary.Articles:N0} articles · {Rate():N0}/s · {Path.GetFileName(file)}");
                    }, stopToken);
                });
        }
        else
        {
            long done = 0;
            stoppedIn = await IngestAllAsync(found, (file, bytes) =>
            {
                done += bytes;
                if (_clock.Elapsed - _lastPlainLine >= PlainProgressEvery || done >= totalBytes)
                {
                    _lastPlainLine = _clock.Elapsed;
                    console.WriteLine(PlainProgress(file, done, totalBytes));
                }
            }, stopToken);
        }

        Print(found.Count, stoppedIn);
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

    private double Rate() => _summary.Articles / Math.Max(0.001, _clock.Elapsed.TotalSeconds);

    private string PlainProgress(string file, long done, long total)
    {
        var rate = Rate();
        var share = total == 0 ? 1 : (double)done / total;
        var eta = share is > 0 and < 1 ? TimeSpan.FromSeconds(_clock.Elapsed.TotalSeconds * (1 - share) / share) : TimeSpan.Zero;
        return string.Create(CultureInfo.InvariantCulture, $"[{_summary.Articles:N0} articles] {share:P0} · {rate:N0} articles/s · ETA {eta:hh\\:mm\\:ss} · {Path.GetFileName(file)}");
    }

    private void Print(int fileCount, string? stoppedIn)
    {
        static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        var table = new Table().Border(TableBorder.Rounded).AddColumn("files").AddColumn("new articles").AddColumn("already stored")
            .AddColumn("failed").AddColumn("persons").AddColumn("meetings").AddColumn("articles/s");
        table.AddRow(N(fileCount), N(_summary.Added), N(_summary.AlreadyStored), N(_summary.Failed), N(_summary.Persons), N(_summary.Meetings),
            Rate().ToString("N0", CultureInfo.InvariantCulture));
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
