using Microsoft.Extensions.Logging;

namespace ActorGraph.Storage.Sqlite;

internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Loading the office-holders table into {Database}: {Persons} persons, {Terms} terms of office (once per table version)")]
    public static partial void LoadingOfficeHolders(ILogger logger, string database, int persons, int terms);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Loaded the office-holders table into {Database} in {ElapsedMs} ms")]
    public static partial void LoadedOfficeHolders(ILogger logger, string database, long elapsedMs);
}
