using System.CommandLine;
using System.Text.Json;
using ActorGraph.Cli.Output;
using ActorGraph.Core.Annotation;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Extraction;
using ActorGraph.Extraction.Evaluation;
using Spectre.Console;

namespace ActorGraph.Cli.Commands;

internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Folder of *.gold.json annotation files.", Required = true };
        var pred = new Option<string?>("--pred") { Description = "Folder of predicted annotation files with the same names; without it the extractor runs on each gold article." };
        var format = CommonOptions.Format("table", "table", "json");
        var command = new Command("eval", "Score extraction against gold annotations: P/R/F1 as shared/annotation-format.md defines.") { gold, pred, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var goldDir = parse.GetValue(gold)!;
            if (!Directory.Exists(goldDir))
            {
                await Console.Error.WriteLineAsync($"No such folder: {goldDir}");
                return 2;
            }

            var score = await CorpusEvaluator.EvaluateAsync(goldDir, parse.GetValue(pred), new ArticleExtractor(ReferenceCatalog.Default), cancellationToken);
            if (parse.GetValue(format) == "json")
            {
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(score, ArticleGraphJson.Options));
            }
            else
            {
                EvalReport.Print(score, AnsiConsole.Console);
            }

            return 0;
        });
        return command;
    }
}
