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
    public static StoredPerson? Choose(IEnumerable<StoredPerson> byNameOrAlias, IEnumerable<StoredPerson> bySurname, string nameKey, string? country)
    {
        var compatible = Compatible(byNameOrAlias, country);
        if (compatible.Count == 0 && MaySurnameMatch(nameKey))
        {
            compatible = Compatible(bySurname, country);
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

    /// <summary>The id for a new person; a namesake from another country gets the country appended.</summary>
    public static string NewId(string name, string? country, Func<string, bool> isTaken)
    {
        ArgumentNullException.ThrowIfNull(isTaken);
        var id = NodeIds.Person(name);
        return isTaken(id) ? id + "/" + (country ?? "xx").ToLowerInvariant() : id;
    }

    private static List<StoredPerson> Compatible(IEnumerable<StoredPerson> people, string? country) =>
        people.Where(c => country is null || c.Country is null || c.Country == country).DistinctBy(c => c.Id).ToList();

    private static int WordCount(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
