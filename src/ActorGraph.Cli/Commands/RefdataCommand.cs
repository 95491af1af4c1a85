using System.CommandLine;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Extraction.Records;

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
        return new Command("refdata", "Regenerate reference data files.") { officials };
    }
}
