using System.Globalization;
using ActorGraph.Core.Identity;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;

namespace ActorGraph.Core.Storage;

/// <summary>
/// The office-holders table as the rows every store loads into a new graph (persons, their names, offices with their
/// kind, and terms as HOLDS with from/to), built the same way for both stores. <see cref="Version"/> changes with the
/// table's contents, so a store loads it once and again only after the table changes.
/// </summary>
public sealed class OfficeHolderSeed
{
    public const string Name = "officeholders";

    /// <summary>Changes when the rows are built differently, so stores reload even if the table did not change.</summary>
    private const string Format = "seed-1";

    private OfficeHolderSeed(List<PersonRow> persons, List<AliasRow> aliases, List<OfficeRow> offices, List<TermRow> terms, string version)
    {
        Persons = persons;
        Aliases = aliases;
        Offices = offices;
        Terms = terms;
        Version = version;
    }

    public IReadOnlyList<PersonRow> Persons { get; }

    public IReadOnlyList<AliasRow> Aliases { get; }

    public IReadOnlyList<OfficeRow> Offices { get; }

    public IReadOnlyList<TermRow> Terms { get; }

    public string Version { get; }

    public static OfficeHolderSeed From(OfficeHolderTable table, ReferenceCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(catalog);
        var persons = new List<PersonRow>(table.Holders.Count);
        var aliases = new List<AliasRow>();
        var offices = new Dictionary<string, OfficeRow>(StringComparer.Ordinal);
        var terms = new List<TermRow>(table.TermCount);
        var seen = new HashSet<(string, string, PartialDate?, PartialDate?)>();
        foreach (var holder in table.Holders)
        {
            var key = catalog.FoldPersonName(holder.Name);
            persons.Add(new PersonRow(holder.Id, holder.WikidataId, holder.Name, key, NameFolding.Surname(key), StoredValues.CountryCode(holder.Country)));
            foreach (var alias in holder.Aliases.Append(holder.Name).DistinctBy(catalog.FoldPersonName).Where(a => catalog.FoldPersonName(a).Length > 0))
            {
                aliases.Add(new AliasRow(holder.Id, alias, catalog.FoldPersonName(alias)));
            }

            foreach (var term in holder.Terms)
            {
                var officeId = NodeIds.Office(term.Title, term.Country);
                offices.TryAdd(officeId, new OfficeRow(officeId, term.Title, NameFolding.Fold(term.Title), OfficeKinds.Text(term.Kind), StoredValues.CountryCode(term.Country)));
                // Two titles can share an office id ("Minister of Foreign affairs"): one term per person, office and dates.
                if (seen.Add((holder.Id, officeId, term.From, term.To)))
                {
                    terms.Add(new TermRow(holder.Id, officeId, term.From?.ToString(), term.To?.ToString(), Iso(term.From?.Earliest), Iso(term.To?.Latest),
                        Iso(term.ConfirmedUntil), term.Source));
                }
            }
        }

        var officeRows = offices.Values.OrderBy(o => o.Id, StringComparer.Ordinal).ToList();
        return new OfficeHolderSeed(persons, aliases, officeRows, terms, VersionOf(table));
    }

    /// <summary>What a store records once the table is loaded; cheap to compute, so a start that finds it loaded costs little.</summary>
    public static string VersionOf(OfficeHolderTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Format + ":" + table.Version;
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public sealed record PersonRow(string Id, string? WikidataId, string Name, string NameKey, string SurnameKey, string? Country);

    public sealed record AliasRow(string PersonId, string Alias, string Key);

    public sealed record OfficeRow(string Id, string Title, string TitleKey, string Kind, string? Country);

    /// <param name="FromEarliest">The first day the start could be, for filtering by date in the store.</param>
    /// <param name="ToLatest">The last day the end could be.</param>
    public sealed record TermRow(string PersonId, string OfficeId, string? From, string? To, string? FromEarliest, string? ToLatest, string? ConfirmedUntil, string Source);
}
