using ActorGraph.Core.Annotation;
using ActorGraph.Core.Identity;
using ActorGraph.Core.ReferenceData;

namespace ActorGraph.Core.Storage;

/// <summary>
/// The merge rule both stores apply to a person mention: same folded name or alias, else a unique surname
/// match ("Blinken"), never across two different known countries. Kept here so the stores cannot drift apart.
/// </summary>
public static class PersonMatching
{
    /// <summary>The folded name and aliases to look the mention up by.</summary>
    public static IReadOnlyList<string> LookupKeys(ReferenceCatalog catalog, PersonMention person)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(person);
        return person.Aliases.Select(catalog.FoldPersonName).Append(catalog.FoldPersonName(person.Name))
            .Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>True when a single-word name may be matched by surname alone.</summary>
    public static bool MaySurnameMatch(string nameKey) => nameKey.Length > 0 && !nameKey.Contains(' ', StringComparison.Ordinal);

    /// <summary>
    /// The stored person the mention is, or null for a new person. <paramref name="byNameOrAlias"/> are the people
    /// found by <see cref="LookupKeys"/>; <paramref name="bySurname"/> those whose surname is the mention's one-word name.
    /// </summary>
    /// <param name="wikidataId">The mention's Wikidata item, when the extractor linked it: the stored person with that
    /// item is the one, and a stored person with another item is not.</param>
    public static StoredPerson? Choose(IEnumerable<StoredPerson> byNameOrAlias, IEnumerable<StoredPerson> bySurname, string nameKey, string? country, string? wikidataId = null)
    {
        ArgumentNullException.ThrowIfNull(byNameOrAlias);
        ArgumentNullException.ThrowIfNull(bySurname);
        var named = byNameOrAlias.ToList();
        var surnamed = bySurname.ToList();
        if (wikidataId is not null && named.Concat(surnamed).FirstOrDefault(p => p.WikidataId == wikidataId) is { } same)
        {
            return same;
        }

        var compatible = Compatible(named, country, wikidataId);
        if (compatible.Count > 1)
        {
            // "Michael R. Pompeo" is stored, and so is "Mike Pompeo" under the alias "Pompeo": the full name decides,
            // then the same country, then (for a mention without one) the namesake without one. Without these steps each
            // ambiguous mention made one more namesake, and every further mention was more ambiguous still.
            compatible = Narrow(compatible, c => NameFolding.Fold(c.Name) == nameKey);
            compatible = Narrow(compatible, c => c.Country == country);
        }

        if (compatible.Count == 0 && MaySurnameMatch(nameKey))
        {
            compatible = Compatible(surnamed, country, wikidataId);
        }

        return compatible.Count == 1 ? compatible[0] : null;
    }

    /// <summary>True when the mention's name has more words than the stored one, so it should become the display name.</summary>
    public static bool IsFuller(ReferenceCatalog catalog, string nameKey, StoredPerson stored)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(stored);
        return WordCount(nameKey) > WordCount(catalog.FoldPersonName(stored.Name));
    }

    /// <summary>
    /// The ids a new person may get, in order: the name's, then with the country for a namesake from another country,
    /// then numbered ("person/wang-yi", "person/wang-yi/tw", "person/wang-yi/tw-2", …).
    /// </summary>
    public static IReadOnlyList<string> CandidateIds(string name, string? country)
    {
        var id = NodeIds.Person(name);
        var withCountry = id + "/" + (country ?? "xx").ToLowerInvariant();
        return [id, withCountry, .. Enumerable.Range(2, 8).Select(n => withCountry + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture))];
    }

    /// <summary>
    /// The first of <see cref="CandidateIds"/> no stored person has. When all ten are taken, the last: the mention joins
    /// that namesake rather than failing its whole batch (ten people of one name and country that the rules could not
    /// tell apart are more likely one person written ambiguously than an eleventh).
    /// </summary>
    public static string NewId(string name, string? country, Func<string, bool> isTaken)
    {
        ArgumentNullException.ThrowIfNull(isTaken);
        var candidates = CandidateIds(name, country);
        return candidates.FirstOrDefault(id => !isTaken(id)) ?? candidates[^1];
    }

    /// <summary>The candidates that pass <paramref name="test"/>, or all of them when none does.</summary>
    private static List<StoredPerson> Narrow(List<StoredPerson> candidates, Func<StoredPerson, bool> test)
    {
        var passing = candidates.Where(test).ToList();
        return passing.Count > 0 ? passing : candidates;
    }

    private static List<StoredPerson> Compatible(IEnumerable<StoredPerson> people, string? country, string? wikidataId) =>
        people.Where(c => (country is null || c.Country is null || c.Country == country) && (wikidataId is null || c.WikidataId is null || c.WikidataId == wikidataId))
            .DistinctBy(c => c.Id).ToList();

    private static int WordCount(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
