namespace ActorGraph.Extraction.Text;

/// <param name="Index">Position among the article's sentences.</param>
/// <param name="Paragraph">Index of the paragraph (block of text between blank lines) it belongs to.</param>
internal sealed record Sentence(int Index, int Paragraph, string Text)
{
    public IReadOnlyList<Token> Tokens { get; } = Tokenizer.Tokenize(Text);
}
