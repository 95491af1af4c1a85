using System.CommandLine;
using System.Text.Json;
using ActorGraph.Cli.Common;
using ActorGraph.Core.Annotation;
using ActorGraph.Core.Storage;
using Spectre.Console;

namespace ActorGraph.Cli.Commands;

internal static class StatsCommand
{
    public static Command Create()
    {
        var format = CommonOptions.Format("table", "table", "json");
        var command = new Command("stats", "Count what the store holds.") { format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(CommonOptions.Store));
            var stats = await services.GetRequiredService<IGraphStore>().GetStatisticsAsync(cancellationToken);
            if (parse.GetValue(format) == "json")
            {
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(stats, ArticleGraphJson.Options));
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumn("articles").AddColumn("official records").AddColumn("persons").AddColumn("meetings").AddColumn("reports")
                .AddColumn("countries").AddColumn("organizations").AddColumn("places").AddColumn("office-holders").AddColumn("terms");
            table.AddRow($"{stats.NewsArticles:N0}", $"{stats.OfficialRecords:N0}", $"{stats.Persons:N0}", $"{stats.Meetings:N0}", $"{stats.MeetingReports:N0}", $"{stats.Countries:N0}", $"{stats.Organizations:N0}", $"{stats.Places:N0}",
                $"{stats.OfficeHolders:N0}", $"{stats.OfficeTerms:N0}");
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
