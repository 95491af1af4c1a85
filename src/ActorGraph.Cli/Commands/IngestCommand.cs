using System.CommandLine;
using ActorGraph.Cli.Common;
using ActorGraph.Cli.Output;
using ActorGraph.Core.Storage;
using ActorGraph.Ingestion;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace ActorGraph.Cli.Commands;

internal static class IngestCommand
{
    /// <summary>Exit code when Ctrl+C stopped the run (the shell's convention for SIGINT).</summary>
    public const int Interrupted = 130;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders of .txt, .html, .json or .jsonl articles; - reads standard input.", Arity = ArgumentArity.OneOrMore };
        var batchSize = new Option<int>("--batch-size") { Description = "Articles per transaction.", DefaultValueFactory = _ => 100 };
        batchSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 10_000)
            {
                r.AddError("--batch-size must be between 1 and 10000.");
            }
        });
        var checkpointDir = new Option<string>("--checkpoints") { Description = "Where JSON Lines loads keep their resume points.", DefaultValueFactory = _ => Path.Combine("data", "checkpoints") };
        var noResume = new Option<bool>("--no-resume") { Description = "Read every file from the top (stored articles are still skipped)." };
        var format = CommonOptions.Format("table", "table", SummaryJson.Format);
        var command = new Command("ingest", "Extract articles and store them in the graph, in batches. Idempotent: an article already stored is skipped; an interrupted JSON Lines load resumes where it stopped.")
        {
            paths, batchSize, checkpointDir, noResume, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(CommonOptions.Store));
            var storeKey = services.GetRequiredService<IOptions<StoreOptions>>().Value.Describe();
            var checkpoints = parse.GetValue(noResume) ? null : new IngestCheckpoints(parse.GetValue(checkpointDir)!, storeKey);
            var console = SummaryJson.ConsoleFor(parse.GetValue(format)!);
            var runner = new IngestRunner(services.GetRequiredService<ArticleIngestor>(), services.GetRequiredService<FileBatchIngestor>(), checkpoints,
                parse.GetValue(batchSize), console);
            var summary = await runner.RunAsync(parse.GetValue(paths)!, cancellationToken);
            StoreStatistics? stored = null;
            if (!cancellationToken.IsCancellationRequested)
            {
                // The table counts what the articles named (a person in three articles counts three times); this is what the store holds.
                stored = await services.GetRequiredService<IGraphStore>().GetStatisticsAsync(cancellationToken);
                console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"The store holds {stored.Persons:N0} people and {stored.Meetings:N0} meetings ({stored.MeetingReports:N0} reports of them) from {stored.NewsArticles:N0} articles and {stored.OfficialRecords:N0} official records."));
            }

            if (parse.GetValue(format) == SummaryJson.Format)
            {
                Console.WriteLine(SummaryJson.OfIngest(summary, stored, cancellationToken.IsCancellationRequested));
            }

            return cancellationToken.IsCancellationRequested ? Interrupted : summary.Failed == 0 ? 0 : 1;
        });
        return command;
    }
}
