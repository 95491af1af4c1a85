namespace ActorGraph.Extraction.Recognition;

/// <summary>A run of capitalised tokens that may be a person's name, over tokens [<see cref="Start"/>, <see cref="End"/>).</summary>
internal sealed record NameSpan(int Start, int End, string Text)
{
    public int Length => End - Start;
}
