using System.Globalization;

namespace ActorGraph.Extraction.Text;

/// <summary>
/// Splits a sentence into words and punctuation. Dotted abbreviations ("U.S.") and hyphenated or apostrophe
/// words ("el-Sisi", "O'Brien") stay whole; a possessive "'s" becomes its own token so "Israel's" yields "Israel".
/// </summary>
internal static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string sentence)
    {
        var tokens = new List<Token>();
        var consumed = 0;
        for (var at = 0; at < sentence.Length;)
        {
            if (char.IsWhiteSpace(sentence[at]))
            {
                at++;
                continue;
            }

            var m = (Index: at, Length: TokenLength(sentence, at));
            at += m.Length;
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

    /// <summary>
    /// The length of the token that starts at <paramref name="start"/> (not a space), the first of these that fits:
    /// two or more letters each followed by a dot ("U.S."); a run of letters, marks and digits, joined by inner
    /// apostrophes or hyphens ("el-Sisi", "O'Brien"), with a trailing apostrophe ("Palestinians'"); else one character.
    /// Written out rather than as a regular expression because it runs for every word of every article (the
    /// expression it replaced is kept in TokenizerTests, which holds the two to the same tokens).
    /// </summary>
    internal static int TokenLength(string text, int start)
    {
        var end = start;
        while (end + 1 < text.Length && IsLetter(text[end]) && text[end + 1] == '.')
        {
            end += 2;
        }

        if (end - start >= 4)
        {
            return end - start;
        }

        if (!IsWordCharacter(text[start]))
        {
            return 1;
        }

        end = start + 1;
        while (end < text.Length && IsWordCharacter(text[end]))
        {
            end++;
        }

        while (end + 1 < text.Length && text[end] is '\'' or '-' && IsWordCharacter(text[end + 1]))
        {
            end += 2;
            while (end < text.Length && IsWordCharacter(text[end]))
            {
                end++;
            }
        }

        return end < text.Length && text[end] == '\'' ? end + 1 - start : end - start;
    }

    private static bool IsLetter(char c) => char.IsAsciiLetter(c) || (c > 0x7F && char.GetUnicodeCategory(c) <= UnicodeCategory.OtherLetter);

    // Letters, marks and numbers: the categories from UppercaseLetter to OtherNumber.
    private static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || (c > 0x7F && char.GetUnicodeCategory(c) <= UnicodeCategory.OtherNumber);
}
