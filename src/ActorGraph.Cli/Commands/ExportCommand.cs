using System.CommandLine;
using System.Text;
using ActorGraph.Cli.Common;
using ActorGraph.Core.Export;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;

namespace ActorGraph.Cli.Commands;

/// <summary>The graph's meetings as CSV or JSON Lines, with the API's filters, for spreadsheets, Gephi or pandas.</summary>
internal static class ExportCommand
{
    public static Command Create() => new("export", "Write what the graph holds as CSV or JSON Lines.") { Meetings() };

    private static Command Meetings()
    {
        var format = CommonOptions.Format("csv", "csv", "jsonl");
        var participant = new Option<string?>("--participant") { Description = "Only meetings of this person (id or name)." };
        var country = new Option<string?>("--country") { Description = "Only meetings held in this country or attended by someone acting for it (ISO code)." };
        var from = new Option<string?>("--from") { Description = "Inclusive ISO date." };
        var to = new Option<string?>("--to") { Description = "Inclusive ISO date." };
        var status = new Option<string?>("--status") { Description = "held, planned or cancelled." };
        status.AcceptOnlyFromAmong("held", "planned", "cancelled");
        var counterpartOffice = new Option<string?>("--counterpart-office") { Description = "Only meetings where someone else held this office that day (\"foreign minister\")." };
        var output = new Option<string?>("--out") { Description = "File to write (default: standard output)." };
        var command = new Command("meetings", "Every meeting (oldest first) with its date or window, status, mode, place, participants and sources; the same filters as the API.")
        {
            format, participant, country, from, to, status, counterpartOffice, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(CommonOptions.Store));
            var filter = new MeetingFilter(parse.GetValue(participant), parse.GetValue(country), parse.GetValue(from), parse.GetValue(to),
                parse.GetValue(status) is { } s ? EnumText.Status(s) : null, parse.GetValue(counterpartOffice));
            var kind = parse.GetValue(format) == "jsonl" ? ExportFormat.JsonLines : ExportFormat.Csv;
            var queries = services.GetRequiredService<IGraphQueries>();
            var meetings = await queries.FindMeetingsAsync(filter, cancellationToken);
            if (parse.GetValue(output) is { } path)
            {
                await using var file = new StreamWriter(path, append: false, new UTF8Encoding(false));
                await MeetingExport.WriteAsync(queries, meetings, kind, file, cancellationToken);
                await Console.Error.WriteLineAsync($"wrote {meetings.Count:N0} meetings to {path}");
            }
            else
            {
                await MeetingExport.WriteAsync(queries, meetings, kind, Console.Out, cancellationToken);
            }

            return 0;
        });
        return command;
    }
}
