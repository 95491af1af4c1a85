using System.CommandLine;
using System.Text.Json;
using ActorGraph.Cli.Output;
using ActorGraph.Core.Annotation;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using ActorGraph.Extraction;
using ActorGraph.Extraction.Evaluation;
using Spectre.Console;

namespace ActorGraph.Cli.Commands;

internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string[]>("--gold")
        {
            Description = "Folder of *.gold.json annotation files; repeat it to score several splits side by side (train, held-out) and in total.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var pred = new Option<string?>("--pred") { Description = "Folder of predicted annotation files with the same names; without it the extractor runs on each gold article." };
        var explain = new Option<bool>("--explain") { Description = "Also list, per article, what was missed (-), added (+) or got wrong (~)." };
        var noOfficials = new Option<bool>("--no-officials") { Description = "Extract without the office-holders table (to measure what it adds)." };
        var format = CommonOptions.Format("table", "table", "json");
        var command = new Command("eval", "Score extraction against gold annotations: P/R/F1 as shared/annotation-format.md defines.") { gold, pred, explain, noOfficials, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folders = parse.GetValue(gold)!;
            if (folders.FirstOrDefault(f => !Directory.Exists(f)) is { } missing)
            {
                await Console.Error.WriteLineAsync($"No such folder: {missing}");
                return 2;
            }

            var extractor = new ArticleExtractor(ReferenceCatalog.Default, parse.GetValue(noOfficials) ? OfficeHolderTable.Empty : OfficeHolderTable.Default);
            Action<string, IReadOnlyList<string>>? differences = parse.GetValue(explain)
                ? (file, lines) => EvalReport.PrintDifferences(file, lines, Console.Out)
                : null;
            var splits = new List<(string Name, CorpusScore Score)>();
            foreach (var folder in folders)
            {
                splits.Add((folder, await CorpusEvaluator.EvaluateAsync(folder, parse.GetValue(pred), extractor, differences, cancellationToken)));
            }

            var total = splits.Aggregate(CorpusScore.Empty, (sum, split) => sum.Add(split.Score));
            if (parse.GetValue(format) == "json")
            {
                var json = splits.Count == 1
                    ? JsonSerializer.Serialize(total, ArticleGraphJson.Options)
                    : JsonSerializer.Serialize(new { splits = splits.Select(s => new { folder = s.Name, score = s.Score }), total }, ArticleGraphJson.Options);
                await Console.Out.WriteLineAsync(json);
            }
            else if (splits.Count == 1)
            {
                EvalReport.Print(total, AnsiConsole.Console);
            }
            else
            {
                EvalReport.PrintSplits(splits, total, AnsiConsole.Console);
            }

            return 0;
        });
        return command;
    }
}
