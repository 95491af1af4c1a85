using ActorGraph.Core.Annotation;

namespace ActorGraph.Ingestion.Reading;

/// <summary>One article read from a source, or the reason it could not be read. <see cref="Origin"/> says where ("a.jsonl:12").</summary>
/// <param name="Line">The JSON Lines line it came from (1-based); 0 for a whole file.</param>
public sealed record ArticleRecord(string Origin, ArticleInfo? Article, string? Error, int Line = 0)
{
    public static ArticleRecord Ok(string origin, ArticleInfo article, int line = 0) => new(origin, article, null, line);

    public static ArticleRecord Failed(string origin, string error, int line = 0) => new(origin, null, error, line);
}
