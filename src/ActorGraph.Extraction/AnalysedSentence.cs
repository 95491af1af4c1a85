using ActorGraph.Extraction.Recognition;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction;

/// <summary>
/// What the first pass (docs/extraction.md, stages 2–4) learns of one sentence, which the later passes read: its
/// mentions of countries, titles, organizations and places, the runs of name words, the people named in it (bare names
/// are added by the second pass), and where it names companions of a meeting.
/// </summary>
internal sealed record AnalysedSentence(Sentence Sentence, List<Mention> Mentions, List<NameSpan> Spans, List<PersonOccurrence> People, CompanionCues Companions);
