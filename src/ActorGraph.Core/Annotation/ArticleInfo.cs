using System.Text.Json.Serialization;

namespace ActorGraph.Core.Annotation;

/// <summary>An article's text and metadata, as read from a file or submitted through the API.</summary>
/// <param name="RecordId">
/// For a structured record rather than an article (an official visit or trip), the publisher's id of that record,
/// e.g. <c>history-state/trip/4019</c>; null for articles.
/// </param>
public sealed record ArticleInfo(
    string Title,
    string Text,
    string? Url = null,
    string? Source = null,
    string? PublishedAt = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RecordId = null);
