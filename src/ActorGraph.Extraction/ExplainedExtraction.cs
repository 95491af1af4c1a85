using ActorGraph.Core.Annotation;

namespace ActorGraph.Extraction;

/// <summary>An article's extraction with the reason for each person, office and meeting (<c>actorgraph extract --explain</c>).</summary>
public sealed record ExplainedExtraction(ArticleGraph Graph, IReadOnlyList<ExtractionReason> Reasons);
