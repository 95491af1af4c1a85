namespace ActorGraph.Extraction.Text;

/// <summary>A word or punctuation mark of a sentence, with its offset in the sentence text.</summary>
internal sealed record Token(string Text, int Start)
{
    public int End => Start + Text.Length;

    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public string Lower { get; } = Text.ToLowerInvariant();
}
