using Microsoft.Extensions.Logging;

namespace ActorGraph.Storage.Neo4j;

internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Connected to Neo4j {Version} at {Address} over the {Interface} interface, database {Database}")]
    public static partial void Connected(ILogger logger, Uri address, Version version, Http.Neo4jInterface @interface, string database);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Neo4j at {Address}: attempt {Attempt} failed (up to {MaxRetries} retries); trying again in {Delay}: {Reason}")]
    public static partial void Retrying(ILogger logger, Uri address, int attempt, int maxRetries, TimeSpan delay, string reason);
}
