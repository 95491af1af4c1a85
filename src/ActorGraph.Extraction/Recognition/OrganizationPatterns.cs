using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Recognition;

/// <summary>
/// Government bodies named by pattern rather than by list: "Israeli Ministry of Defense", "China's Foreign Ministry",
/// "the Russian Embassy", "the Cambodia National Rescue Party", "Bureau of European and Eurasian Affairs". The
/// country word becomes the organization's country.
/// </summary>
internal static class OrganizationPatterns
{

    public static void Apply(IReadOnlyList<Token> tokens, List<Mention> mentions)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!RecognitionLexicon.Heads.Contains(tokens[i].Text))
            {
                continue;
            }

            // A listed body inside a longer name is that longer body: "his National Security Council" is not the
            // UN's "Security Council".
            var listed = Covered(mentions, i) is { Kind: MentionKind.Organization } org ? org : null;
            if (listed is not null && !(listed.Start > 0 && ExtendsBackOver(tokens, mentions, listed.Start - 1)))
            {
                i = listed.End - 1;
                continue;
            }

            var start = listed?.Start ?? i;
            while (start > 0 && ExtendsBackOver(tokens, mentions, start - 1))
            {
                start--;
            }

            // After "of"/"for"/"on" only remit words and places go on: "Bureau of European and Eurasian Affairs", not
            // into the name of the official who follows ("… Council of Representatives Mohammed al-Halbusi").
            var end = listed?.End ?? i + 1;
            if (end + 1 < tokens.Count && tokens[end].Text is "of" or "for" or "on" && RemitAt(tokens, mentions, end + 1) is not null)
            {
                end++;
                while (end < tokens.Count)
                {
                    if (RemitAt(tokens, mentions, end) is { } next)
                    {
                        end = next;
                    }
                    else if (RecognitionLexicon.Connectors.Contains(tokens[end].Text) && end + 1 < tokens.Count && RemitAt(tokens, mentions, end + 1) is not null)
                    {
                        end++;
                    }
                    else
                    {
                        break;
                    }
                }
            }

            if (end - start < 2)
            {
                continue; // "the Ministry" alone names nothing
            }

            var inside = mentions.Where(m => m.Start >= start && m.End <= end).ToList();
            var country = inside.FirstOrDefault(m => m.Kind == MentionKind.Country)?.Country;
            var nameStart = start;

            // "China's Foreign Ministry": the possessive country is the owner, not part of the name.
            if (start >= 2 && tokens[start - 1].Text == "'s" && mentions.Find(m => m.End == start - 1 && m.Kind == MentionKind.Country) is { } owner)
            {
                country ??= owner.Country;
            }

            var text = string.Join(' ', tokens.Skip(nameStart).Take(end - nameStart).Select(t => t.Text));
            mentions.RemoveAll(m => m.Start >= start && m.End <= end && m.Kind != MentionKind.Country);
            mentions.Add(new Mention(MentionKind.Organization, start, end, text, country));
            i = end - 1;
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private static bool ExtendsBackOver(IReadOnlyList<Token> tokens, List<Mention> mentions, int k) =>
        IsNameWord(tokens[k]) && !RecognitionLexicon.NotPartOfName.Contains(tokens[k].Text)
        && (RecognitionLexicon.BodyNameWords.Contains(tokens[k].Text) || !RecognitionLexicon.NotNames.Contains(tokens[k].Text))
        && Covered(mentions, k) is null or { Kind: MentionKind.Country, IsCapital: false };

    /// <summary>Where a remit word or a country, region or place starting at <paramref name="k"/> ends, or null.</summary>
    private static int? RemitAt(IReadOnlyList<Token> tokens, List<Mention> mentions, int k)
    {
        if (mentions.Find(m => m.Start == k && m.Kind is MentionKind.Country or MentionKind.Region or MentionKind.Place) is { } place)
        {
            return place.End;
        }

        return TitleChains.Default.IsPortfolioWord(tokens[k]) && Covered(mentions, k) is null ? k + 1 : null;
    }

    private static bool IsNameWord(Token token) => token.IsCapitalized && token.IsWord;

    private static Mention? Covered(List<Mention> mentions, int index) => mentions.Find(m => m.Start <= index && index < m.End);
}
