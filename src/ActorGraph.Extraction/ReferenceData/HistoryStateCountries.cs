using System.Collections.Concurrent;
using System.Collections.Frozen;
using ActorGraph.Core.ReferenceData;

namespace ActorGraph.Extraction.ReferenceData;

/// <summary>
/// The ISO code of a record's country. Current names resolve through the catalog ("Korea, South" as "South Korea",
/// "Burma (Myanmar)" by either name); states that no longer exist map to the state that continues them, which is
/// what the graph's countries are (see docs/history-state.md).
/// </summary>
public sealed class HistoryStateCountries(ReferenceCatalog catalog)
{
    // Upstream slugs, or names written as slugs ("Dahomey (Benin)" -> dahomey, "U.S.S.R." -> ussr), that the catalog's
    // names do not reach: former states by their successor, territories and Antarctica by their own ISO codes, and
    // abbreviated or bare names ("St. Kitts", "Korea") by the state meant.
    private static readonly FrozenDictionary<string, string> Successors = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ussr"] = "RU",
        ["czechoslovakia"] = "CZ",
        ["yugoslavia"] = "RS",
        ["serbia-montenegro"] = "RS",
        ["german-democratic-republic"] = "DE",
        ["hawaii"] = "US",
        ["tanganyika"] = "TZ",
        ["malaya"] = "MY",
        ["netherlands-antilles"] = "CW",
        ["somoa"] = "WS",
        ["west-bank"] = "PS",
        ["palestinian-authority"] = "PS",
        ["yemen-arab-republic"] = "YE",
        ["zimbabwe-rhodesia"] = "ZW",
        ["southern-rhodesia"] = "ZW",
        ["kirghizia"] = "KG",
        ["byelorussia"] = "BY",
        ["dahomey"] = "BJ",
        ["upper-volta"] = "BF",
        ["khmer-republic"] = "KH",
        ["siam"] = "TH",
        ["ceylon"] = "LK",
        ["antarctica"] = "AQ",
        ["cook-islands"] = "CK",
        ["french-polynesia"] = "PF",
        ["new-caledonia"] = "NC",
        ["niue"] = "NU",
        ["saint-kitts-nevis"] = "KN",
        ["saint-vincent-grenadines"] = "VC",
        ["congo-republic"] = "CG",
        ["korea-south"] = "KR",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // The mapper is a singleton the worker uses from several files at once.
    private readonly ConcurrentDictionary<(string Slug, string Name), string?> _resolved = new();

    /// <summary>The code for an upstream slug and name, or null when neither says which country it is.</summary>
    public string? Resolve(string slug, string name)
    {
        ArgumentNullException.ThrowIfNull(slug);
        ArgumentNullException.ThrowIfNull(name);
        return _resolved.GetOrAdd((slug, name), key => Find(key.Slug, key.Name));
    }

    private string? Find(string slug, string name)
    {
        if (Successors.TryGetValue(slug, out var successor))
        {
            return successor;
        }

        var outside = OfficialNames.Clean(name);
        var inside = name.Contains('(', StringComparison.Ordinal) ? name[(name.IndexOf('(', StringComparison.Ordinal) + 1)..].TrimEnd(')', ' ') : null;
        var candidates = new List<string?> { outside, Reversed(outside), inside, slug.Replace('-', ' ') }.OfType<string>();
        foreach (var candidate in candidates)
        {
            if (candidate.Length > 0 && Successors.TryGetValue(candidate.ToLowerInvariant().Replace(' ', '-').Replace(".", "", StringComparison.Ordinal), out successor))
            {
                return successor;
            }

            if (candidate.Length > 2 && catalog.FindCountryByAnyName(candidate) is { } country)
            {
                return country.Code;
            }
        }

        return null;
    }

    /// <summary>"Korea, South" → "South Korea"; "Germany, Federal Republic of" → "Federal Republic of Germany".</summary>
    private static string? Reversed(string name)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? null : (name[(comma + 1)..].Trim() + " " + name[..comma].Trim()).Trim();
    }
}
