using ActorGraph.Core.ReferenceData;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Recognition;

/// <summary>
/// Finds countries (names, demonyms, capitals), organizations, news agencies, places, titles and honorifics in a
/// sentence. Built once from the <see cref="ReferenceCatalog"/>; thread-safe after construction.
/// </summary>
internal sealed class Gazetteer
{
    private readonly PhraseMatcher<Mention> _matcher = new();
    private readonly Dictionary<string, string> _countryWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlaceEntry> _placesByFoldedName = new(StringComparer.Ordinal);

    public Gazetteer(ReferenceCatalog catalog)
    {
        Catalog = catalog;
        foreach (var country in catalog.Countries)
        {
            foreach (var name in country.Names.Append(country.Name))
            {
                AddCountry(name, country.Code, capital: false);
            }

            foreach (var demonym in country.Demonyms)
            {
                AddCountry(demonym, country.Code, capital: false);
                if (!demonym.EndsWith('s') && !demonym.EndsWith("ese", StringComparison.Ordinal) && !demonym.EndsWith("ish", StringComparison.Ordinal)
                    && !demonym.EndsWith("ch", StringComparison.Ordinal) && !demonym.Contains('.', StringComparison.Ordinal))
                {
                    AddCountry(demonym + "s", country.Code, capital: false); // "Israelis", "Iranians"
                }
            }

            foreach (var capital in country.Capitals)
            {
                AddCountry(capital, country.Code, capital: true);
            }
        }

        foreach (var place in catalog.Places)
        {
            _placesByFoldedName.TryAdd(Core.Identity.NameFolding.Fold(place.Name), place);
        }

        foreach (var org in catalog.Organizations)
        {
            // "the White House", "the Kremlin": an institution that is also where meetings happen.
            var venue = _placesByFoldedName.GetValueOrDefault(Core.Identity.NameFolding.Fold(org.Name));
            foreach (var name in org.Aliases.Prepend(org.Name))
            {
                _matcher.Add(name, caseSensitive: true, new Mention(MentionKind.Organization, 0, 0, name, org.Country) { Place = venue, Organization = org });
            }
        }

        foreach (var region in RecognitionLexicon.RegionPhrases)
        {
            _matcher.Add(region, caseSensitive: true, new Mention(MentionKind.Region, 0, 0, region, null));
        }

        foreach (var agency in catalog.NewsAgencies)
        {
            _matcher.Add(agency, caseSensitive: true, new Mention(MentionKind.NewsAgency, 0, 0, agency, null));
        }

        var capitals = catalog.Countries.SelectMany(c => c.Capitals.Select(cap => (cap, c.Code))).ToHashSet();
        foreach (var place in catalog.Places)
        {
            // A capital is a place and also names its government ("talks in Amman", "Tehran warned"): it counts as a country.
            var isCapital = capitals.Contains((place.Name, place.Country));
            _matcher.Add(place.Name, caseSensitive: true, new Mention(MentionKind.Place, 0, 0, place.Name, place.Country) { Place = place, IsCapital = isCapital });
        }

        foreach (var title in catalog.Titles)
        {
            foreach (var form in title.Forms)
            {
                // Short forms ("PM", "Pres.") only as written; spelled-out titles in any case ("the prime minister").
                var caseSensitive = form.Length <= 5 || title.CapitalOnly;
                _matcher.Add(form, caseSensitive, new Mention(MentionKind.Title, 0, 0, title.Title, null) { Title = title });
            }
        }

        foreach (var honorific in catalog.Honorifics)
        {
            _matcher.Add(honorific, caseSensitive: true, new Mention(MentionKind.Honorific, 0, 0, honorific, null));
        }
    }

    public ReferenceCatalog Catalog { get; }

    /// <summary>Non-overlapping mentions, scanning left to right and taking the longest phrase at each point.</summary>
    public List<Mention> Find(IReadOnlyList<Token> tokens)
    {
        var mentions = new List<Mention>();
        for (var i = 0; i < tokens.Count;)
        {
            // Longest phrase first; among equally long ones the kind with the lowest priority number.
            var bestLength = _matcher.LongestAt(tokens, i, ByPriority, out var best);
            best = best is null ? null : best with { Start = i, End = i + bestLength };
            if (best is { Kind: MentionKind.Title } && i > 0 && tokens[i - 1].Text is "bin" or "bint" or "ibn" or "Dr." or "Mr." or "Sheikh")
            {
                best = null; // "Mohamed bin Zayed bin Sultan Al Nahyan", "Dr. Sultan Al Jaber": a name, not the title Sultan
            }

            if (best is not null)
            {
                mentions.Add(best);
                i = best.End;
                continue;
            }

            // "Israel-Hamas war", "Iran-backed groups": a country inside a hyphenated word.
            if (tokens[i].Text.Contains('-', StringComparison.Ordinal))
            {
                foreach (var part in tokens[i].Text.Split('-'))
                {
                    if (_countryWords.TryGetValue(part, out var code))
                    {
                        mentions.Add(new Mention(MentionKind.Country, i, i + 1, part, code));
                    }
                }
            }

            i++;
        }

        mentions.RemoveAll(m => IsGivenName(tokens, mentions, m));
        return mentions;
    }

    /// <summary>
    /// A one-word city right before a capitalised word that nothing else claims is a given name: "Vladimir Putin",
    /// "Victoria Nuland". Titles and places after it stay separate: "Kyiv Mayor", "Moscow Kremlin".
    /// </summary>
    private static bool IsGivenName(IReadOnlyList<Token> tokens, List<Mention> mentions, Mention mention) =>
        mention.Length == 1
        && (mention.Kind == MentionKind.Place || (mention.Kind == MentionKind.Country && mention.IsCapital))
        && mention.End < tokens.Count
        && tokens[mention.End].IsWord
        && tokens[mention.End].IsCapitalized
        && !RecognitionLexicon.NotNames.Contains(tokens[mention.End].Text)
        && !mentions.Exists(m => m.Start == mention.End);

    /// <summary>A city, venue or capital by its name in any case ("NEW DELHI" in a dateline).</summary>
    public PlaceEntry? FindPlace(string name) => _placesByFoldedName.GetValueOrDefault(Core.Identity.NameFolding.Fold(name));

    /// <summary>The country a name word refers to, if any: "Palestinian Authority" → PS.</summary>
    public string? CountryIn(string text) =>
        text.Split(' ', '-').Select(w => _countryWords.GetValueOrDefault(w)).FirstOrDefault(c => c is not null);

    private static readonly Comparison<Mention> ByPriority = static (a, b) => Priority(a.Kind).CompareTo(Priority(b.Kind));

    private static int Priority(MentionKind kind) => kind switch
    {
        MentionKind.Region => -1,
        MentionKind.Organization => 0,
        MentionKind.NewsAgency => 1,
        MentionKind.Place => 2,
        MentionKind.Country => 3,
        MentionKind.Title => 4,
        _ => 5,
    };

    private void AddCountry(string form, string code, bool capital)
    {
        _matcher.Add(form, caseSensitive: true, new Mention(MentionKind.Country, 0, 0, form, code) { IsCapital = capital });
        if (!form.Contains(' ', StringComparison.Ordinal))
        {
            _countryWords.TryAdd(form, code);
        }
    }
}
