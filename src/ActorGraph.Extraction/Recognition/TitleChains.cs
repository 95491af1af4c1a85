using System.Collections.Frozen;
using System.Text.Json;
using ActorGraph.Core.Identity;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.Resources;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Recognition;

/// <summary>
/// Grows a title the gazetteer found into the whole title as governments write it (Recognition/Data/title-grammar.json):
/// modifiers before it ("First Vice Foreign Minister", "Chief Presidential Advisor") and a complement after "of" or
/// "for" ("Cabinet Secretary for Foreign Affairs", "Minister of Environment, Water, and Agriculture", "Special
/// Representative for Korean Peninsula Peace and Security Affairs"), so the name that follows starts where it should. A
/// role word with a complement ("Under Secretary for Political Affairs") is an office.
/// </summary>
internal sealed class TitleChains
{
    private const string ResourceName = "ActorGraph.Extraction.title-grammar.json";

    private static readonly Lazy<TitleChains> LazyDefault = new(Load);

    private readonly FrozenSet<string> _modifiers;
    private readonly FrozenSet<string> _portfolio;
    private readonly FrozenSet<string> _sentTo;

    private TitleChains(IEnumerable<string> modifiers, IEnumerable<string> portfolio, IEnumerable<string> sentTo)
    {
        _modifiers = modifiers.ToFrozenSet(StringComparer.Ordinal);
        _portfolio = portfolio.ToFrozenSet(StringComparer.Ordinal);
        _sentTo = sentTo.ToFrozenSet(StringComparer.Ordinal);
    }

    public static TitleChains Default => LazyDefault.Value;

    /// <summary>Replaces each title mention by its whole title; mentions inside a grown title are dropped.</summary>
    public void Apply(IReadOnlyList<Token> tokens, List<Mention> mentions, ReferenceCatalog catalog)
    {
        foreach (var title in mentions.Where(m => m.Kind == MentionKind.Title && m.Title is { Royal: false }).OrderBy(m => m.Start).ToList())
        {
            if (!mentions.Contains(title))
            {
                continue; // swallowed by an earlier title's complement
            }

            var start = title.Start;
            while (start > 0 && IsModifier(tokens[start - 1]) && CoveredBy(mentions, start - 1) is null or { Kind: MentionKind.Title })
            {
                start = CoveredBy(mentions, start - 1)?.Start ?? start - 1;
            }

            var end = ComplementEnd(tokens, mentions, title.End);
            if (start == title.Start && end == title.End)
            {
                continue;
            }

            var surface = string.Join(' ', tokens.Skip(start).Take(end - start).Select(t => t.Text)).Replace(" ,", ",", StringComparison.Ordinal);
            var known = catalog.Titles.FirstOrDefault(t => t.Forms.Any(f => NameFolding.Fold(f) == NameFolding.Fold(surface)));
            // The office of a body or place "of" a country is that country's ("Leader of the Cambodia National Rescue
            // Party", "Crown Prince of Abu Dhabi"); one "for" or "to" a country is the sender's ("Envoy for Yemen").
            var owner = end > title.End && tokens[title.End].Lower == "of"
                ? mentions.Find(m => m.Start > title.End && m.End <= end && m.Country is not null && m.Kind is MentionKind.Organization or MentionKind.Place)?.Country
                : null;
            var grown = title with
            {
                Start = start,
                End = end,
                Text = known?.Title ?? surface,
                Title = known ?? title.Title! with { Title = surface, Role = title.Title!.Role && end == title.End, Country = title.Title.Country ?? owner },
            };
            // Countries, places and bodies inside stay: the article still names them ("Ambassador to Slovakia").
            mentions.RemoveAll(m => m.Start >= start && m.End <= end && m.Kind is not (MentionKind.Country or MentionKind.Place or MentionKind.Region or MentionKind.Organization));
            mentions.Add(grown);
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// After "of"/"for": portfolio words, countries, regions and places, joined by "and", commas or "the"; after "to",
    /// where an envoy is sent ("Ambassador to the United States"). A country alone after "of" is whose office it is,
    /// not part of it ("President of Egypt", "President of the Republic of Turkey"): the title stops before it.
    /// </summary>
    private int ComplementEnd(IReadOnlyList<Token> tokens, List<Mention> mentions, int at)
    {
        if (at + 1 >= tokens.Count)
        {
            return at;
        }

        if (tokens[at].Lower == "to" && _sentTo.Contains(tokens[at - 1].Text))
        {
            var to = tokens[at + 1].Lower == "the" ? at + 2 : at + 1;
            return mentions.Find(m => m.Start == to && m.Kind is MentionKind.Country or MentionKind.Organization or MentionKind.Place or MentionKind.Region) is { } receiver
                ? receiver.End
                : at;
        }

        if (tokens[at].Lower is not ("of" or "for"))
        {
            return at;
        }

        var end = at;
        var k = at + 1;
        var portfolioWords = 0;
        while (k < tokens.Count)
        {
            if (tokens[k].Lower == "the" && k + 1 < tokens.Count)
            {
                k++;
                continue;
            }

            if (Complement(tokens, mentions, k) is { } next)
            {
                portfolioWords += mentions.Exists(m => m.Start == k && m.Kind == MentionKind.Country) ? 0 : 1;
                k = next;
                end = k;
                if (k + 1 < tokens.Count && tokens[k].Text is "and" or "," or "&")
                {
                    // "Environment, Water, and Agriculture": a joiner only continues into another complement word.
                    var after = tokens[k + 1].Text == "and" && k + 2 < tokens.Count ? k + 2 : k + 1;
                    if (Complement(tokens, mentions, after) is not null)
                    {
                        k = after;
                        continue;
                    }
                }

                // "Speaker of the Council of Representatives", "Chairman of the High Council for National
                // Reconciliation": a body's own "of"/"for" goes on, but not into a country ("… of Afghanistan").
                if (k + 1 < tokens.Count && tokens[k].Lower is "of" or "for")
                {
                    var inner = tokens[k + 1].Lower == "the" && k + 2 < tokens.Count ? k + 2 : k + 1;
                    if (Complement(tokens, mentions, inner) is not null && !mentions.Exists(m => m.Start == inner && m.Kind == MentionKind.Country))
                    {
                        k = inner;
                        continue;
                    }
                }

                continue;
            }

            break;
        }

        return portfolioWords == 0 && tokens[at].Lower == "of" ? at : end;
    }

    /// <summary>The end of one complement word or phrase starting at <paramref name="k"/>, or null.</summary>
    private int? Complement(IReadOnlyList<Token> tokens, List<Mention> mentions, int k)
    {
        if (k >= tokens.Count)
        {
            return null;
        }

        if (mentions.Find(m => m.Start == k && m.Kind is MentionKind.Country or MentionKind.Region or MentionKind.Place or MentionKind.Organization) is { } mention)
        {
            return mention.End;
        }

        return IsPortfolioWord(tokens[k]) ? k + 1 : null;
    }

    /// <summary>A word that names a portfolio or a body's remit ("Foreign", "Affairs", "Treasury", "Representatives").</summary>
    public bool IsPortfolioWord(Token token) => token.IsCapitalized && _portfolio.Contains(token.Text);

    private bool IsModifier(Token token) => token.IsCapitalized && _modifiers.Contains(token.Text);

    private static Mention? CoveredBy(List<Mention> mentions, int index) => mentions.Find(m => m.Start <= index && index < m.End);

    private static TitleChains Load()
    {
        using var stream = EmbeddedFile.Open(typeof(TitleChains).Assembly, ResourceName);
        using var document = JsonDocument.Parse(stream);
        return new TitleChains(
            document.RootElement.GetProperty("modifiers").EnumerateArray().Select(e => e.GetString()!),
            document.RootElement.GetProperty("portfolio").EnumerateArray().Select(e => e.GetString()!),
            document.RootElement.GetProperty("sentTo").EnumerateArray().Select(e => e.GetString()!));
    }
}
