namespace ActorGraph.Core.Storage;

/// <summary>An article that reports a meeting, with the sentence that says so.</summary>
public sealed record MeetingSource(
    string MeetingId,
    string ArticleId,
    string Title,
    string? Url,
    string? Source,
    string? PublishedAt,
    string? Evidence);
