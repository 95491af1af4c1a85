namespace ActorGraph.Core.Storage;

/// <summary>An article (or official record) that reports a meeting, with the sentence that says so.</summary>
/// <param name="RecordId">The publisher's record id when the source is a structured record, not an article.</param>
public sealed record MeetingSource(
    string MeetingId,
    string ArticleId,
    string Title,
    string? Url,
    string? Source,
    string? PublishedAt,
    string? Evidence,
    string? RecordId = null);
