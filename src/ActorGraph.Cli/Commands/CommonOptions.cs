using System.CommandLine;

namespace ActorGraph.Cli.Commands;

internal static class CommonOptions
{
    public static Option<string?> Store { get; } = new("--store")
    {
        Description = "Where the graph is: a file path selects the embedded SQLite store (default data/actorgraph.db); http://[user:password@]host:7474 selects Neo4j. Also ACTORGRAPH__STORE__LOCATION.",
        Recursive = true,
    };

    public static Option<string> Format(string defaultValue, params string[] allowed)
    {
        var option = new Option<string>("--format") { Description = "Output format: " + string.Join(" | ", allowed), DefaultValueFactory = _ => defaultValue };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }
}
