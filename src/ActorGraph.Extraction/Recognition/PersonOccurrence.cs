namespace ActorGraph.Extraction.Recognition;

/// <summary>A person named in a sentence, over tokens [<see cref="Start"/>, <see cref="End"/>).</summary>
internal sealed record PersonOccurrence(PersonEntity Person, int Start, int End);
