using System.Text;

namespace ActorGraph.Extraction.Text;

/// <summary>
/// Makes article text uniform before recognition: typographic quotes become straight ones, odd spaces become
/// plain spaces and control characters go, so "Israel’s" and "Israel's" read alike and evidence is clean.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            switch (c)
            {
                case '\u2018' or '\u2019' or '\u201A' or '\u2032' or '`':
                    sb.Append('\'');
                    break;
                case '\u201C' or '\u201D' or '\u201E' or '\u2033':
                    sb.Append('"');
                    break;
                case '\u00A0' or '\u2007' or '\u202F' or '\t' or '\u2009' or '\u200A':
                    sb.Append(' ');
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\r':
                    break;
                case '\u2028' or '\u2029':
                    sb.Append('\n');
                    break;
                default:
                    if (!char.IsControl(c) || c == '\n')
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return TitleCaseShoutedLines(sb.ToString());
    }

    /// <summary>
    /// Schedules and releases head sections in capitals ("DEPUTY SECRETARY WENDY R. SHERMAN"), where no word looks
    /// like a name: such a line is written in title case so its titles and names read as in running text.
    /// </summary>
    private static string TitleCaseShoutedLines(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('A', 'Z'))
        {
            return text;
        }

        var lines = text.Split('\n');
        var changed = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is < 2 or > 16 || !Characters.HasLetter(line) || Characters.HasLower(line))
            {
                continue;
            }

            lines[i] = string.Join(' ', words.Select((w, k) => TitleCase(w, first: k == 0)));
            changed = true;
        }

        return changed ? string.Join('\n', lines) : text;
    }

    private static string TitleCase(string word, bool first)
    {
        var lower = word.ToLowerInvariant();
        if (!first && TextLexicon.SmallWords.Contains(lower))
        {
            return lower;
        }

        // "J." and "U.S." keep their capitals; a word takes a capital after a hyphen or apostrophe too ("Moussa-Adamo").
        if (word.Contains('.', StringComparison.Ordinal))
        {
            return word;
        }

        var chars = lower.ToCharArray();
        for (var k = 0; k < chars.Length; k++)
        {
            if (char.IsLetter(chars[k]) && (k == 0 || !char.IsLetter(chars[k - 1])))
            {
                chars[k] = char.ToUpperInvariant(chars[k]);
            }
        }

        return new string(chars);
    }
}
