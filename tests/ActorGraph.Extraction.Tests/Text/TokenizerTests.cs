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

/// <summary>
/// The tokenizer's scanner is written out for speed; the regular expression it replaced is its specification, and the
/// two must cut every text at the same places: the project's gold corpora and samples, and random text drawn from
/// the characters where the rules turn (letters of several scripts, marks, digits, dots, apostrophes, hyphens, spaces
/// of several kinds, surrogate pairs).
/// </summary>
public sealed partial class TokenizerScannerTests
{
    [Fact]
    public void Scanner_CutsTheCorporaAsTheExpressionDid()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "corpus"), "*", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*", SearchOption.AllDirectories))
            .ToList();
        Assert.True(files.Count > 50, $"{files.Count} files");
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.Equal(ByExpression(text), ByScanner(text));
        }
    }

    [Fact]
    public void Scanner_CutsRandomTextAsTheExpressionDid()
    {
        const string alphabet = "aZéßДж中ك1٣²Ⅷ.'-, \t\u00A0\u2009\u0301\u0903\u20DD:;!?\"’\U0001F600\U00010400_";
        var random = new Random(17);
        for (var n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(1, 24)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            Assert.Equal(ByExpression(text), ByScanner(text));
        }
    }

    private static List<(int, int)> ByExpression(string text)
    {
        var cuts = new List<(int, int)>();
        foreach (var match in Specification().EnumerateMatches(text))
        {
            cuts.Add((match.Index, match.Length));
        }

        return cuts;
    }

    private static List<(int, int)> ByScanner(string text)
    {
        var cuts = new List<(int, int)>();
        for (var at = 0; at < text.Length;)
        {
            if (char.IsWhiteSpace(text[at]))
            {
                at++;
                continue;
            }

            var length = Tokenizer.TokenLength(text, at);
            cuts.Add((at, length));
            at += length;
        }

        return cuts;
    }

    // The tokenizer's expression before it was written out: dotted abbreviations; words with inner hyphens or
    // apostrophes; numbers with separators; any other single character.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['\-][\p{L}\p{M}\p{N}]+)*'?|\d+(?:[.,:]\d+)*|\S", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Specification();
}
