using System.CommandLine;
using ActorGraph.Cli.Common;
using ActorGraph.Core.Storage;
using Spectre.Console;

namespace ActorGraph.Cli.Commands;

/// <summary>
/// A person's corrections of meeting identity: show a meeting's sources, merge meetings the rules kept apart, split
/// off the articles the rules joined wrongly. Each correction is recorded and holds for everything ingested later.
/// </summary>
internal static class MeetingsCommand
{
    public static Command Create() =>
        new("meetings", "Show, merge or split meetings; a merge or split is recorded and later ingests keep to it.") { Show(), Merge(), Split() };

    private static Command Show()
    {
        var id = new Argument<string>("id") { Description = "The meeting's id (from the API or Neo4j Browser)." };
        var format = CommonOptions.Format("table", "table", Output.SummaryJson.Format);
        var command = new Command("show", "List a meeting's sources: article id, title, publication date and the sentence.") { id, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(CommonOptions.Store));
            var meetingId = parse.GetRequiredValue(id);
            var sources = (await services.GetRequiredService<IGraphQueries>().GetSourcesByMeetingIdsAsync([meetingId], cancellationToken))
                .GetValueOrDefault(meetingId) ?? [];
            if (sources.Count == 0)
            {
                await Console.Error.WriteLineAsync($"actorgraph: no meeting has the id {Core.InputEcho.Quote(meetingId)}.");
                return CliErrors.ExitCode;
            }

            if (parse.GetValue(format) == Output.SummaryJson.Format)
            {
                Console.WriteLine(Output.SummaryJson.Of(sources));
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumn("article").AddColumn("title").AddColumn("published").AddColumn("evidence");
            foreach (var source in sources)
            {
                table.AddRow(Markup.Escape(source.ArticleId), Markup.Escape(source.Title), Markup.Escape(source.PublishedAt ?? ""), Markup.Escape(source.Evidence ?? ""));
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    private static Command Merge()
    {
        var ids = new Argument<string[]>("ids") { Description = "Two or more meetings of the same people.", Arity = new ArgumentArity(2, 100) };
        var command = new Command("merge", "Make meetings of the same people one meeting, with all their sources.") { ids };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(CommonOptions.Store));
            var edit = await services.GetRequiredService<IGraphStore>().MergeMeetingsAsync(parse.GetRequiredValue(ids), cancellationToken);
            await Console.Out.WriteLineAsync($"merged into {edit.MeetingIds[0]} ({edit.DecisionsRecorded} decisions recorded)");
            return 0;
        });
        return command;
    }

    private static Command Split()
    {
        var id = new Argument<string>("id") { Description = "The meeting to split." };
        var articles = new Option<string[]>("--article")
        {
            Description = "An article whose reports leave the meeting (repeat for several; `meetings show` lists them). Not needed for a meeting of two sources.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("split", "Take some articles' reports out of a meeting as a meeting of their own.") { id, articles };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(CommonOptions.Store));
            var edit = await services.GetRequiredService<IGraphStore>().SplitMeetingAsync(parse.GetRequiredValue(id), parse.GetValue(articles) ?? [], cancellationToken);
            await Console.Out.WriteLineAsync($"split: {edit.MeetingIds[0]} stays, {edit.MeetingIds[1]} split off ({edit.DecisionsRecorded} decisions recorded)");
            return 0;
        });
        return command;
    }
}
