using ActorGraph.Storage.Neo4j.Http;
using Microsoft.Extensions.Options;

namespace ActorGraph.Cli.Common;

/// <summary>Failures the user can fix (a store that is down, a wrong password, a bad option) get one clear line instead of a stack trace.</summary>
internal static class CliErrors
{
    /// <summary>Exit code for a store or configuration error (1 is "some articles failed").</summary>
    public const int ExitCode = 2;

    public static string? Explain(Exception exception) => exception switch
    {
        Neo4jException e => e.Message,
        OptionsValidationException e => string.Join(" ", e.Failures),
        Microsoft.Data.Sqlite.SqliteException e => $"the SQLite store failed: {e.Message}",
        ActorGraph.Core.Storage.GraphEditException e => e.Message,
        ActorGraph.Core.Storage.PersonResolutionException e => e.Message,
        OperationCanceledException => "cancelled.",
        InvalidDataException e => e.Message, // input laid out or formed otherwise than the command expects (a records folder without record files)
        DirectoryNotFoundException e => e.Message,
        IOException { InnerException: Microsoft.AspNetCore.Connections.AddressInUseException } e => $"{e.Message} Stop what is listening there, or pick another with --urls.",
        _ => null,
    };
}
