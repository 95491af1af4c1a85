using System.Collections.Frozen;
using System.Text.Json;
using ActorGraph.Core.Identity;
using ActorGraph.Core.Resources;

namespace ActorGraph.Core.ReferenceData;

/// <summary>
/// Countries, office titles, organizations and places that recognition and resolution rely on.
/// Loaded once from the JSON files embedded in this assembly (see tools/refdata for their sources).
/// </summary>
public sealed class ReferenceCatalog
{
    private static readonly Lazy<ReferenceCatalog> LazyDefault = new(Load);

    private readonly FrozenDictionary<string, CountryEntry> _byCode;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _titleFormLookup;

    public ReferenceCatalog(
        IReadOnlyList<CountryEntry> countries,
        IReadOnlyList<TitleEntry> titles,
        IReadOnlyList<string> honorifics,
        IReadOnlyList<OrganizationEntry> organizations,
        IReadOnlyList<string> newsAgencies,
        IReadOnlyList<PlaceEntry> places)
    {
        Countries = countries;
        Titles = titles;
        Honorifics = honorifics;
        Organizations = organizations;
        NewsAgencies = newsAgencies;
        _byCode = countries.ToFrozenDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

        // Capitals are places too: "talks in Amman" puts the meeting in Amman, Jordan.
        var capitals = countries.SelectMany(c => c.Capitals.Select(cap => new PlaceEntry(cap, c.Code)));
        Places = places.Concat(capitals).DistinctBy(p => NameFolding.Fold(p.Name)).ToList();
        FoldedTitleForms = titles.SelectMany(t => t.Forms).Concat(honorifics).Select(NameFolding.Fold)
            .Where(f => f.Length > 0).ToFrozenSet();
        _titleFormLookup = FoldedTitleForms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static ReferenceCatalog Default => LazyDefault.Value;

    public IReadOnlyList<CountryEntry> Countries { get; }

    public IReadOnlyList<TitleEntry> Titles { get; }

    public IReadOnlyList<string> Honorifics { get; }

    public IReadOnlyList<OrganizationEntry> Organizations { get; }

    public IReadOnlyList<string> NewsAgencies { get; }

    public IReadOnlyList<PlaceEntry> Places { get; }

    /// <summary>Every title form and honorific, folded: what name comparison strips ("King Abdullah" ~ "Abdullah").</summary>
    public FrozenSet<string> FoldedTitleForms { get; }

    public CountryEntry? FindCountry(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>Finds a country by code, name, demonym or capital, as a user would type it in a query.</summary>
    /// <summary>The ISO code of a country given by code or any of its names; an unknown one is an argument error.</summary>
    public string RequireCountryCode(string country) =>
        FindCountryByAnyName(country)?.Code ?? throw new ArgumentException($"{InputEcho.Quote(country)} is not a country code or name the catalog knows.", nameof(country));

    public CountryEntry? FindCountryByAnyName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 2 && _byCode.TryGetValue(trimmed, out var byCode))
        {
            return byCode;
        }

        var folded = NameFolding.Fold(trimmed);
        return Countries.FirstOrDefault(c => c.Names.Concat(c.Demonyms).Concat(c.Capitals).Append(c.Name)
            .Any(n => NameFolding.Fold(n) == folded));
    }

    /// <summary>Folds a person's name and drops leading titles and honorifics, as scoring and resolution compare names.</summary>
    public string FoldPersonName(string name)
    {
        // Folded text has single spaces between words, so each leading title is a prefix ending at a space: try the
        // longest first (up to four words), always leaving one word, without allocating a string per try.
        var folded = NameFolding.Fold(name);
        Span<int> wordEnds = stackalloc int[5];
        var start = 0;
        while (true)
        {
            var words = 0;
            for (var k = start; k <= folded.Length && words < wordEnds.Length; k++)
            {
                if (k == folded.Length || folded[k] == ' ')
                {
                    wordEnds[words++] = k;
                }
            }

            var stripped = false;
            for (var n = Math.Min(4, words - 1); n >= 1; n--)
            {
                if (_titleFormLookup.Contains(folded.AsSpan(start, wordEnds[n - 1] - start)))
                {
                    start = wordEnds[n - 1] + 1;
                    stripped = true;
                    break;
                }
            }

            if (!stripped)
            {
                return start == 0 ? folded : folded[start..];
            }
        }
    }

    private static ReferenceCatalog Load()
    {
        using var countriesDoc = ReadResource("countries.json");
        using var titlesDoc = ReadResource("titles.json");
        using var orgsDoc = ReadResource("organizations.json");
        using var citiesDoc = ReadResource("cities.json");

        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var countries = countriesDoc.RootElement.GetProperty("countries").Deserialize<List<CountryEntry>>(options)!;
        var titles = titlesDoc.RootElement.GetProperty("titles").Deserialize<List<TitleEntry>>(options)!;
        var honorifics = titlesDoc.RootElement.GetProperty("honorifics").Deserialize<List<string>>(options)!;
        var organizations = orgsDoc.RootElement.GetProperty("organizations").Deserialize<List<OrganizationEntry>>(options)!;
        var agencies = orgsDoc.RootElement.GetProperty("newsAgencies").Deserialize<List<string>>(options)!;
        var places = citiesDoc.RootElement.GetProperty("places").Deserialize<List<PlaceEntry>>(options)!;
        return new ReferenceCatalog(countries, titles, honorifics, organizations, agencies, places);
    }

    private static JsonDocument ReadResource(string fileName)
    {
        var name = "ActorGraph.ReferenceData." + fileName;
        using var stream = EmbeddedFile.Open(typeof(ReferenceCatalog).Assembly, name);
        return JsonDocument.Parse(stream);
    }
}
