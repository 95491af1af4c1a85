using System.CommandLine;
using ActorGraph.Cli.Common;
using ActorGraph.Cli.Output;
using ActorGraph.Ingestion.Records;

namespace ActorGraph.Cli.Commands;

internal static class ImportCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A folder laid out like the upstream repositories: visits/data/*.xml and travels/{secretary,president}-travels/*.xml (and travels/presidents/presidents.xml)." };
        var batchSize = new Option<int>("--batch-size") { Description = "Records per transaction.", DefaultValueFactory = _ => HistoryStateImporter.DefaultBatchSize };
        var format = CommonOptions.Format("table", "table", SummaryJson.Format);
        batchSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 10_000)
            {
                r.AddError("--batch-size must be between 1 and 10000.");
            }
        });
        var historyState = new Command("history-state", "Import the US Office of the Historian's records of foreign leaders' visits and of Presidents' and Secretaries of State's trips as meetings. Idempotent: a re-import changes nothing.")
        {
            path, batchSize, format,
        };
        historyState.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(CommonOptions.Store));
            var store = services.GetRequiredService<Core.Storage.IGraphStore>();
            var runner = new RecordImportRunner(services.GetRequiredService<HistoryStateImporter>(), store, SummaryJson.ConsoleFor(parse.GetValue(format)!));
            var summary = await runner.RunAsync(parse.GetValue(path)!, parse.GetValue(batchSize), cancellationToken);
            if (parse.GetValue(format) == SummaryJson.Format)
            {
                Console.WriteLine(SummaryJson.OfImport(summary, await store.GetStatisticsAsync(CancellationToken.None), cancellationToken.IsCancellationRequested));
            }

            return cancellationToken.IsCancellationRequested ? IngestCommand.Interrupted : summary.Failed == 0 ? 0 : 1;
        });
        return new Command("import", "Import structured records of meetings from official sources.") { historyState };
    }
}
