using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;
using ActorGraph.Core.Identity;
using ActorGraph.Core.Resources;

namespace ActorGraph.Core.ReferenceData.OfficeHolders;

/// <summary>
/// The office kinds and their rule table (ReferenceData/Data/office-kinds.json): how a title is classified, how a
/// kind is written and shown, and which words people ask for it with. Loaded once; thread-safe.
/// </summary>
public sealed class OfficeKinds
{
    private static readonly Lazy<OfficeKinds> LazyDefault = new(() => Load());

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly FrozenDictionary<OfficeKind, KindEntry> _kinds;
    private readonly FrozenDictionary<string, OfficeKind> _byQuery;
    private readonly FrozenDictionary<(string Country, string TitleKey), OfficeKind> _countryTitles;
    private readonly IReadOnlyList<(Regex Pattern, OfficeKind Kind)> _rules;

    // Extraction classifies the same few hundred titles over and over, each through up to every rule's regex.
    private readonly BoundedMemo<(string Title, string? Country), OfficeKind> _classified = new(8192);

    private OfficeKinds(IReadOnlyList<KindEntry> kinds, IReadOnlyList<CountryTitle> countryTitles, IReadOnlyList<TitleRule> rules)
    {
        _kinds = kinds.ToFrozenDictionary(k => Parse(k.Kind));
        _byQuery = kinds.SelectMany(k => k.Queries.Select(q => (Key: NameFolding.Fold(q), Kind: Parse(k.Kind))))
            .DistinctBy(q => q.Key).ToFrozenDictionary(q => q.Key, q => q.Kind, StringComparer.Ordinal);
        _countryTitles = countryTitles.ToFrozenDictionary(c => (c.Country, NameFolding.Fold(c.Title)), c => Parse(c.Kind));
        _rules = rules.Select(r => (new Regex(r.Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1)), Parse(r.Kind))).ToList();
    }

    public static OfficeKinds Default => LazyDefault.Value;

    /// <summary>How a kind is written in data files and the graph: "foreign_minister".</summary>
    public static string Text(OfficeKind kind) => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    /// <summary>Reads <see cref="Text"/>'s form; an unknown word is <see cref="OfficeKind.Other"/>.</summary>
    public static OfficeKind Parse(string? text) =>
        Enum.TryParse<OfficeKind>((text ?? "").Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var kind) ? kind : OfficeKind.Other;

    /// <summary>The English label a kind is shown with: "Foreign Minister".</summary>
    public string Label(OfficeKind kind) => _kinds.TryGetValue(kind, out var entry) ? entry.Label : kind.ToString();

    /// <summary>One person at a time holds it in a country, so a successor's start ends a term a source left open.</summary>
    public bool IsSingleSeat(OfficeKind kind) => _kinds.TryGetValue(kind, out var entry) && entry.SingleSeat;

    /// <summary>The kind of an office title, in the country that uses it: "Secretary of State" is the US foreign minister.</summary>
    public OfficeKind Classify(string title, string? country)
    {
        ArgumentNullException.ThrowIfNull(title);
        return _classified.GetOrAdd((title, country), static (question, kinds) => kinds.ClassifyByRules(question.Title, question.Country), this);
    }

    private OfficeKind ClassifyByRules(string title, string? country)
    {
        if (country is not null && _countryTitles.TryGetValue((country.ToUpperInvariant(), NameFolding.Fold(title)), out var fixedKind))
        {
            return fixedKind;
        }

        foreach (var (pattern, kind) in _rules)
        {
            if (pattern.IsMatch(title))
            {
                return kind;
            }
        }

        return OfficeKind.Other;
    }

    /// <summary>
    /// An office as a user writes it ("foreign minister", "Minister of Foreign Affairs", "president"): the folded
    /// title to look for, and the kind it names when the country uses no such title.
    /// </summary>
    public OfficeQuery Query(string office)
    {
        ArgumentNullException.ThrowIfNull(office);
        var key = NameFolding.Fold(office);
        if (_byQuery.TryGetValue(key, out var kind))
        {
            // One word ("president", "king") names the kind and the word its titles use.
            return new OfficeQuery(office.Trim(), key, kind, key.Contains(' ', StringComparison.Ordinal) ? null : key);
        }

        var classified = Classify(office, null);
        return new OfficeQuery(office.Trim(), key, classified == OfficeKind.Other ? null : classified, null);
    }

    public static OfficeKinds Load(Stream? json = null)
    {
        using var stream = json ?? EmbeddedFile.Open(typeof(OfficeKinds).Assembly, "ActorGraph.ReferenceData.office-kinds.json");
        var file = JsonSerializer.Deserialize<KindsFile>(stream, Json)
            ?? throw new InvalidDataException("office-kinds.json is empty.");
        return new OfficeKinds(file.Kinds, file.CountryTitles, file.TitleRules);
    }

    private sealed record KindsFile(IReadOnlyList<KindEntry> Kinds, IReadOnlyList<CountryTitle> CountryTitles, IReadOnlyList<TitleRule> TitleRules);

    private sealed record KindEntry(string Kind, string Label, IReadOnlyList<string> Queries, bool SingleSeat = false);

    private sealed record CountryTitle(string Country, string Title, string Kind, string? Note = null);

    private sealed record TitleRule(string Kind, string Pattern);
}
