namespace ActorGraph.Worker.Inbox;

internal static partial class Log
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Worker {WorkerId} watching {Inbox} (concurrency {Concurrency}, batches of {BatchSize}, store {Store})")]
    public static partial void Watching(ILogger logger, string workerId, string inbox, int concurrency, int batchSize, string store);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Returned {Files} files of stopped worker {StoppedWorker} to the inbox")]
    public static partial void Recovered(ILogger logger, int files, string stoppedWorker);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Processed {File} by {WorkerId} in {ElapsedMs} ms: {Stored} new, {AlreadyStored} already stored, resumed after line {ResumedAfterLine}")]
    public static partial void FileProcessed(ILogger logger, string file, string workerId, long elapsedMs, int stored, int alreadyStored, int resumedAfterLine);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Moved {File} to {Target} by {WorkerId}: {Reason}")]
    public static partial void FileFailed(ILogger logger, string file, string target, string workerId, string reason);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "Returned {File} to the inbox (stopping; committed batches stay stored and the rest resumes)")]
    public static partial void FileReleased(ILogger logger, string file);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Error, Message = "Storing {File} failed (attempt {Attempt} of {MaxAttempts}); it goes back to the inbox and the worker pauses")]
    public static partial void StoreFailed(ILogger logger, Exception exception, string file, int attempt, int maxAttempts);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information, Message = "Worker {WorkerId} stopped")]
    public static partial void Stopped(ILogger logger, string workerId);
}
