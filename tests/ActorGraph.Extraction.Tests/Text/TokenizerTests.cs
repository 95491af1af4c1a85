using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Tests.Text;

public class TokenizerTests
{
    [Theory]
    [InlineData("Antony J. Blinken met Wang Yi.", new[] { "Antony", "J.", "Blinken", "met", "Wang", "Yi", "." })]
    [InlineData("Mr. Lavrov said so.", new[] { "Mr.", "Lavrov", "said", "so", "." })]
    [InlineData("The U.S. and Israel's leaders.", new[] { "The", "U.S.", "and", "Israel", "'s", "leaders", "." })]
    [InlineData("Lloyd J. Austin III visited.", new[] { "Lloyd", "J.", "Austin", "III", "visited", "." })]
    public void Tokenize_InitialsAndAbbreviations_KeepTheirDotOnce(string sentence, string[] expected) =>
        Assert.Equal(expected, Tokenizer.Tokenize(sentence).Select(t => t.Text));
}
