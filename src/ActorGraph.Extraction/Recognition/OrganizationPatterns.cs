using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Recognition;

/// <summary>
/// Government bodies named by pattern rather than by list: "Israeli Ministry of Defense", "China's Foreign Ministry",
/// "the Russian Embassy". The country word becomes the organization's country.
/// </summary>
internal static class OrganizationPatterns
{
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "Ministry", "Department", "Embassy", "Consulate", "Parliament", "Cabinet", "Presidency",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "and", "the", "&" };

    public static void Apply(IReadOnlyList<Token> tokens, List<Mention> mentions)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Heads.Contains(tokens[i].Text) || Covered(mentions, i) is { Kind: MentionKind.Organization })
            {
                continue;
            }

            var start = i;
            while (start > 0 && IsNameWord(tokens[start - 1]) && Covered(mentions, start - 1) is null or { Kind: MentionKind.Country, IsCapital: false })
            {
                start--;
            }

            var end = i + 1;
            if (end + 1 < tokens.Count && tokens[end].Text is "of" or "for" && IsNameWord(tokens[end + 1]))
            {
                end++;
                while (end < tokens.Count && (IsNameWord(tokens[end]) || (Connectors.Contains(tokens[end].Text) && end + 1 < tokens.Count && IsNameWord(tokens[end + 1]))))
                {
                    end++;
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

    private static bool IsNameWord(Token token) => token.IsCapitalized && token.IsWord;

    private static Mention? Covered(List<Mention> mentions, int index) => mentions.Find(m => m.Start <= index && index < m.End);
}
