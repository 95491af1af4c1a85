using ActorGraph.Storage.Neo4j.Cypher;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Storage.Neo4j;

internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Connected to Neo4j {Version} at {Address} over the {Interface} interface, database {Database}")]
    public static partial void Connected(ILogger logger, Uri address, Version version, Http.Neo4jInterface @interface, string database);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Neo4j at {Address}: attempt {Attempt} failed (up to {MaxRetries} retries); trying again in {Delay}: {Reason}")]
    public static partial void Retrying(ILogger logger, Uri address, int attempt, int maxRetries, TimeSpan delay, string reason);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Loading the office-holders table into Neo4j at {Address}: {Persons} persons, {Terms} terms of office (once per table version)")]
    public static partial void LoadingOfficeHolders(ILogger logger, Uri address, int persons, int terms);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Office-holders table: {Done} of {Total} rows loaded ({Statement}, {ElapsedMs} ms)")]
    public static partial void LoadingProgress(ILogger logger, int done, int total, CypherQuery statement, long elapsedMs);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Loaded the office-holders table into Neo4j at {Address} in {ElapsedMs} ms")]
    public static partial void LoadedOfficeHolders(ILogger logger, Uri address, long elapsedMs);
}
