using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Recognition;

/// <summary>
/// Finds runs of capitalised words not already recognised as something else, allowing the particles of Arabic,
/// Dutch, German, Spanish and Portuguese names ("Mohammed bin Salman", "Ursula von der Leyen", "Abdel Fattah el-Sisi").
/// </summary>
internal static class NameSpanFinder
{
    private const int MaxNameTokens = 5;

    /// <summary>Arabic names chain given name, father's and grandfather's names and the family: "Mohamed bin Zayed bin Sultan Al Nahyan".</summary>
    private const int MaxNameTokensWithParticles = 8;

    public static List<NameSpan> Find(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        var covered = new bool[tokens.Count];
        foreach (var m in mentions)
        {
            // "Mori Takeo": a one-word town right after a name word is the name's end, not a place.
            if (m is { Kind: MentionKind.Place, Length: 1, IsCapital: false } && m.Place?.Kind == "city" && m.Start > 0 && IsNameWord(tokens[m.Start - 1])
                && !RecognitionLexicon.NotNames.Contains(tokens[m.Start - 1].Text) && !mentions.Any(o => o.Start <= m.Start - 1 && m.Start - 1 < o.End))
            {
                continue;
            }

            for (var k = m.Start; k < m.End; k++)
            {
                covered[k] = true;
            }
        }

        var spans = new List<NameSpan>();
        for (var i = 0; i < tokens.Count;)
        {
            if (covered[i] || !IsNameStart(tokens[i]))
            {
                i++;
                continue;
            }

            var end = i + 1;
            var words = new List<string> { tokens[i].Text };
            var particles = false;
            while (end < tokens.Count && !covered[end] && end - i < (particles ? MaxNameTokensWithParticles : MaxNameTokens))
            {
                // "He" right after a one-word name is a given name, not the pronoun, which is capitalised only at a
                // sentence's start: "Vice Premier Liu He and senior diplomat Yang Jiechi".
                if (IsNameWord(tokens[end]) || (RecognitionLexicon.AlsoSurnames.Contains(tokens[end].Text) && (end + 1 == tokens.Count || !tokens[end + 1].IsCapitalized))
                    || (tokens[end].Text == "He" && end == i + 1))
                {
                    words.Add(tokens[end++].Text);
                }
                else if (ParticlesThenName(tokens, end))
                {
                    particles = true;
                    words.Add(tokens[end++].Text);
                }
                else if (NicknameEnd(tokens, end) is { } after && after < tokens.Count && !covered[after] && IsNameWord(tokens[after]))
                {
                    end = after; // Josaia Voreqe “Frank” Bainimarama: the nickname is not part of the name
                }
                else
                {
                    break;
                }
            }

            spans.Add(new NameSpan(i, end, string.Join(' ', words)));
            i = end;
        }

        return spans;
    }

    public static bool IsParticle(Token token) => RecognitionLexicon.Particles.Contains(token.Text);

    /// <summary>Where a quoted one- or two-word nickname starting at <paramref name="index"/> ends: “Frank”.</summary>
    private static int? NicknameEnd(IReadOnlyList<Token> tokens, int index)
    {
        if (!RecognitionLexicon.OpeningQuotes.Contains(tokens[index].Text))
        {
            return null;
        }

        for (var k = index + 1; k < Math.Min(tokens.Count, index + 4); k++)
        {
            if (RecognitionLexicon.ClosingQuotes.Contains(tokens[k].Text))
            {
                return k > index + 1 ? k + 1 : null;
            }

            if (!IsNameWord(tokens[k]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>One or more particles followed by a name word: "von der Leyen", "bin Salman".</summary>
    private static bool ParticlesThenName(IReadOnlyList<Token> tokens, int index)
    {
        var k = index;
        while (k < tokens.Count && IsParticle(tokens[k]))
        {
            k++;
        }

        return k > index && k < tokens.Count && IsNameWord(tokens[k]);
    }

    private static bool IsNameStart(Token token) =>
        IsNameWord(token) && !RecognitionLexicon.NotNames.Contains(token.Text) && !(token.Text.Length > 1 && Characters.AllUpper(token.Text) && token.Text.Length > 4);

    private static bool IsNameWord(Token token)
    {
        // An initial: "S. Jaishankar", "George W. Bush".
        if (token.Text.Length == 2 && char.IsUpper(token.Text[0]) && token.Text[1] == '.')
        {
            return true;
        }

        if (!token.IsWord || Characters.HasDigit(token.Text))
        {
            return false;
        }

        if (token.IsCapitalized)
        {
            return !RecognitionLexicon.NotNames.Contains(token.Text) || token.Text is "May" or "June";
        }

        // "al-Sudani", "el-Sisi": a lower-case particle joined to a capitalised name.
        var hyphen = token.Text.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && hyphen + 1 < token.Text.Length && char.IsUpper(token.Text[hyphen + 1]) && RecognitionLexicon.Particles.Contains(token.Text[..hyphen]);
    }
}
