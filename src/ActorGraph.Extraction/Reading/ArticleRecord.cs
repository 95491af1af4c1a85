using ActorGraph.Core.Annotation;

namespace ActorGraph.Extraction.Reading;

/// <summary>One article read from a source, or the reason it could not be read. <see cref="Origin"/> says where ("a.jsonl:12").</summary>
public sealed record ArticleRecord(string Origin, ArticleInfo? Article, string? Error)
{
    public static ArticleRecord Ok(string origin, ArticleInfo article) => new(origin, article, null);

    public static ArticleRecord Failed(string origin, string error) => new(origin, null, error);
}
