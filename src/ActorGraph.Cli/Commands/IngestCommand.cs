using System.CommandLine;
using ActorGraph.Cli.Output;
using ActorGraph.Extraction.Ingestion;
using Spectre.Console;

namespace ActorGraph.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders of .txt, .html, .json or .jsonl articles; - reads standard input.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Extract articles and store them in the graph (idempotent: an article already stored is skipped).") { paths };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(CommonOptions.Store));
            var summary = await IngestRunner.RunAsync(services.GetRequiredService<ArticleIngestor>(), parse.GetValue(paths)!, AnsiConsole.Console, cancellationToken);
            return summary.Failures.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
