using System.CommandLine;
using ActorGraph.Cli.Common;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using ActorGraph.Extraction.Records;
using ActorGraph.Extraction.ReferenceData;
using ActorGraph.Ingestion.Records;

namespace ActorGraph.Cli.Commands;

/// <summary>Regenerates reference data that is derived from data sets (tools/refdata/generate-officials.sh runs it).</summary>
internal static class RefdataCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "The history-state folder (visits/ and travels/), e.g. samples/history-state." };
        var output = new Option<string>("--out") { Description = "Where to write the file.", Required = true };
        var officials = new Command("officials", "Write the known officials (people, offices, countries, Presidents' terms) read from the history-state records.") { path, output };
        officials.SetAction(async (parse, cancellationToken) =>
        {
            var layout = HistoryStateLayout.Locate(parse.GetValue(path)!);
            if (layout.PresidentsFile is null)
            {
                await Console.Error.WriteLineAsync($"actorgraph: {HistoryStateLayout.PresidentsPath} is missing under {parse.GetValue(path)}; the Presidents' terms come from it.");
                return CliErrors.ExitCode;
            }

            var presidents = await HistoryStateReader.ReadPresidentsAsync(layout.PresidentsFile, cancellationToken);
            var builder = new KnownOfficialsBuilder(new OfficialRecordMapper(ReferenceCatalog.Default), ReferenceCatalog.Default);
            var json = await builder.BuildAsync(layout, presidents, cancellationToken);
            await File.WriteAllTextAsync(parse.GetValue(output)!, json, cancellationToken);
            using var written = File.OpenRead(parse.GetValue(output)!);
            var read = KnownOfficials.Read(written);
            await Console.Out.WriteLineAsync($"wrote {read.Officials.Count:N0} officials and {read.Presidents.Terms.Count} presidential terms to {parse.GetValue(output)}");
            return 0;
        });
        return new Command("refdata", "Regenerate reference data files.") { officials, OfficeHolders() };
    }

    private static Command OfficeHolders()
    {
        var path = new Argument<string>("path") { Description = "The office-holders folder (countries/, world/, world-leaders-2021.csv, ABOUT.md), e.g. ../shared/data/officeholders." };
        var supplement = new Option<string?>("--supplement") { Description = "The hand-kept rows for the years after the data (tools/refdata/officeholders-supplement.csv)." };
        var output = new Option<string>("--out") { Description = "The folder to write officeholders-persons.tsv and officeholders-terms.tsv to.", Required = true };
        var command = new Command("officeholders", "Write the office-holders table (who held which office when) from the Wikidata-derived tables, the supplement and the known officials.") { path, supplement, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(path)!;
            if (!Directory.Exists(Path.Combine(folder, "countries")))
            {
                await Console.Error.WriteLineAsync($"actorgraph: {folder} has no countries/ folder; give the office-holders folder (shared/data/officeholders).");
                return CliErrors.ExitCode;
            }

            var builder = new OfficeHolderTableBuilder(ReferenceCatalog.Default, OfficeKinds.Default);
            var holders = builder.Build(folder, parse.GetValue(supplement), KnownOfficials.Default, cancellationToken);
            var outDir = parse.GetValue(output)!;
            Directory.CreateDirectory(outDir);
            await using (var persons = new StreamWriter(Path.Combine(outDir, "officeholders-persons.tsv")))
            await using (var terms = new StreamWriter(Path.Combine(outDir, "officeholders-terms.tsv")))
            {
                OfficeHolderFiles.Write(holders, persons, terms);
            }

            foreach (var line in builder.Report.Lines())
            {
                await Console.Out.WriteLineAsync(line);
            }

            return 0;
        });
        return command;
    }
}
