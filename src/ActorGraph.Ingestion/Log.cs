using Microsoft.Extensions.Logging;

namespace ActorGraph.Ingestion;

internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Ingested {ArticleId} from {Origin} (new: {Created}): {Persons} persons, {Meetings} meetings in {ElapsedMs} ms")]
    public static partial void ArticleIngested(ILogger logger, string articleId, string origin, bool created, int persons, int meetings, long elapsedMs);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Rejected {Origin}: {Reason}")]
    public static partial void ArticleRejected(ILogger logger, string origin, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "The extractor failed on {Origin}")]
    public static partial void ExtractionFailed(ILogger logger, Exception exception, string origin);
}
