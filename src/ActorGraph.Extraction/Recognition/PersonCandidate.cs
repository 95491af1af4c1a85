using ActorGraph.Core.Annotation;

namespace ActorGraph.Extraction.Recognition;

/// <summary>A name span that the sentence itself shows to be a person (a title, an honorific, "said").</summary>
/// <param name="Alias">The surface form with a royal title ("King Abdullah") when the name is the bare given name.</param>
internal sealed record PersonCandidate(NameSpan Span, string Name, string? Alias, OfficeMention? Office);
