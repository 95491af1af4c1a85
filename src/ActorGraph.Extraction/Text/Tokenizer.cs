using System.Text.RegularExpressions;

namespace ActorGraph.Extraction.Text;

/// <summary>
/// Splits a sentence into words and punctuation. Dotted abbreviations ("U.S.") and hyphenated or apostrophe
/// words ("el-Sisi", "O'Brien") stay whole; a possessive "'s" becomes its own token so "Israel's" yields "Israel".
/// </summary>
internal static partial class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string sentence)
    {
        var tokens = new List<Token>();
        var consumed = 0;
        foreach (var m in TokenPattern().EnumerateMatches(sentence))
        {
            if (m.Index < consumed)
            {
                continue; // the dot an abbreviation or initial already took ("J." in "Antony J. Blinken")
            }

            var text = sentence.Substring(m.Index, m.Length);
            if (text.Length > 2 && text.EndsWith("'s", StringComparison.Ordinal) && char.IsLetter(text[^3]))
            {
                tokens.Add(new Token(text[..^2], m.Index));
                tokens.Add(new Token("'s", m.Index + text.Length - 2));
                continue;
            }

            if (text.EndsWith('\'') && text.Length > 1 && char.IsLetter(text[^2]))
            {
                // Plural possessive ("the Palestinians'") or a closing quote: the word without it.
                tokens.Add(new Token(text[..^1], m.Index));
                continue;
            }

            if (m.Index + text.Length < sentence.Length && sentence[m.Index + text.Length] == '.'
                && (TextLexicon.Abbreviations.Contains(text) || (text.Length == 1 && char.IsUpper(text[0]))))
            {
                text += ".";
            }

            consumed = m.Index + text.Length;
            tokens.Add(new Token(text, m.Index));
        }

        return tokens;
    }

    public static bool IsAbbreviation(string word) => TextLexicon.Abbreviations.Contains(word.TrimEnd('.'));

    // Dotted abbreviations; words with inner hyphens/apostrophes; numbers with separators; any other single character.
    [GeneratedRegex(@"(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['\-][\p{L}\p{M}\p{N}]+)*'?|\d+(?:[.,:]\d+)*|\S", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
