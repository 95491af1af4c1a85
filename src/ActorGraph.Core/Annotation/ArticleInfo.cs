namespace ActorGraph.Core.Annotation;

/// <summary>An article's text and metadata, as read from a file or submitted through the API.</summary>
public sealed record ArticleInfo(string Title, string Text, string? Url = null, string? Source = null, string? PublishedAt = null);
