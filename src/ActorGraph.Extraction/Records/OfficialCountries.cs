using ActorGraph.Core.Identity;
using ActorGraph.Core.ReferenceData;

namespace ActorGraph.Extraction.Records;

/// <summary>
/// The country of a known official, by full name or alias, or, for someone an article titles ("Prime Minister
/// Netanyahu"), by a surname only one official has. A name two officials of different countries share gives none.
/// </summary>
internal sealed class OfficialCountries
{
    private readonly Dictionary<string, string?> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _bySurname = new(StringComparer.Ordinal);

    public OfficialCountries(ReferenceCatalog catalog, KnownOfficials officials)
    {
        foreach (var official in officials.Officials)
        {
            foreach (var form in official.Aliases.Append(official.Name).Select(catalog.FoldPersonName).Where(f => f.Contains(' ', StringComparison.Ordinal)).Distinct())
            {
                Add(_byName, form, official.Country);
            }

            Add(_bySurname, NameFolding.Surname(catalog.FoldPersonName(official.Name)), official.Country);
        }
    }

    public string? ByName(string folded) => _byName.GetValueOrDefault(folded);

    public string? BySurname(string folded) => _bySurname.GetValueOrDefault(folded);

    private static void Add(Dictionary<string, string?> index, string key, string country)
    {
        if (key.Length == 0)
        {
            return;
        }

        index[key] = index.TryGetValue(key, out var existing) && existing != country ? null : country;
    }
}
