using System.CommandLine;
using ActorGraph.Cli.Commands;
using ActorGraph.Cli.Common;

var root = new RootCommand("actorgraph: turn news articles into a graph of diplomatic actors and meetings, and ask it who met whom.")
{
    IngestCommand.Create(),
    ImportCommand.Create(),
    RefdataCommand.Create(),
    ExtractCommand.Create(),
    EvalCommand.Create(),
    ServeCommand.Create(),
    StatsCommand.Create(),
    MeetingsCommand.Create(),
    PersonsCommand.Create(),
    ExportCommand.Create(),
    BenchCommand.Create(),
};
root.Options.Add(CommonOptions.Store);

// Piped into a file or another program, lines are not wrapped at the 80 columns Spectre.Console assumes then:
// a failure line stays one line, and tables keep their full cells.
if (Console.IsOutputRedirected)
{
    Spectre.Console.AnsiConsole.Profile.Width = 4096;
}

try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (CliErrors.Explain(e) is { } message)
{
    await Console.Error.WriteLineAsync($"actorgraph: {message}");
    return CliErrors.ExitCode;
}
