namespace ActorGraph.Extraction;

/// <summary>Why the extractor produced one fact: which rule found a person, where an office came from, which frame a meeting.</summary>
/// <param name="Kind">person, office or meeting.</param>
/// <param name="Subject">The fact: a person's name, "name: office", or the meeting's participants.</param>
/// <param name="Rule">The rule, in words.</param>
public sealed record ExtractionReason(string Kind, string Subject, string Rule);
