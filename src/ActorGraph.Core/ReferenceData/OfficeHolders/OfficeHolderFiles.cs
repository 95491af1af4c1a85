using System.Globalization;
using System.Text;

namespace ActorGraph.Core.ReferenceData.OfficeHolders;

/// <summary>
/// The two tab-separated files the table ships as (ReferenceData/Data/officeholders-persons.tsv and
/// officeholders-terms.tsv; see officeholders.ABOUT.md): one line per person, one per term, each with a header, sorted,
/// so a regenerated table diffs line by line. Lists inside a field are separated by '|'.
/// </summary>
public static class OfficeHolderFiles
{
    public const string PersonsHeader = "id\twikidata\tname\tcountry\taliases";
    public const string TermsHeader = "person\tkind\ttitle\tcountry\tfrom\tto\tconfirmed\tsource";

    public static IReadOnlyList<OfficeHolder> Read(TextReader persons, TextReader terms)
    {
        ArgumentNullException.ThrowIfNull(persons);
        ArgumentNullException.ThrowIfNull(terms);
        var termsByPerson = new Dictionary<string, List<OfficeTerm>>(StringComparer.Ordinal);
        foreach (var fields in Lines(terms, TermsHeader, 8))
        {
            var term = new OfficeTerm(fields[0], OfficeKinds.Parse(fields[1]), fields[2], Empty(fields[3]), PartialDate.Parse(fields[4]), PartialDate.Parse(fields[5]),
                Empty(fields[6]) is { } confirmed ? DateOnly.ParseExact(confirmed, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null, fields[7]);
            if (!termsByPerson.TryGetValue(term.PersonId, out var list))
            {
                termsByPerson[term.PersonId] = list = [];
            }

            list.Add(term);
        }

        var holders = new List<OfficeHolder>();
        foreach (var fields in Lines(persons, PersonsHeader, 5))
        {
            var aliases = fields[4].Length == 0 ? [] : fields[4].Split('|');
            holders.Add(new OfficeHolder(fields[0], Empty(fields[1]), fields[2], aliases, Empty(fields[3]), termsByPerson.GetValueOrDefault(fields[0]) ?? []));
        }

        return holders;
    }

    public static void Write(IEnumerable<OfficeHolder> holders, TextWriter persons, TextWriter terms)
    {
        ArgumentNullException.ThrowIfNull(holders);
        ArgumentNullException.ThrowIfNull(persons);
        ArgumentNullException.ThrowIfNull(terms);
        persons.Write(PersonsHeader + "\n");
        terms.Write(TermsHeader + "\n");
        foreach (var holder in holders.OrderBy(h => h.Id, StringComparer.Ordinal))
        {
            persons.Write(string.Join('\t', holder.Id, holder.WikidataId ?? "", Field(holder.Name), holder.Country ?? "", string.Join('|', holder.Aliases.Select(Field))) + "\n");
            foreach (var term in holder.Terms)
            {
                terms.Write(string.Join('\t', term.PersonId, OfficeKinds.Text(term.Kind), Field(term.Title), term.Country ?? "", term.From?.ToString() ?? "",
                    term.To?.ToString() ?? "", term.ConfirmedUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", term.Source) + "\n");
            }
        }
    }

    /// <summary>A value as a field: no tabs, line breaks or list separators inside it.</summary>
    private static string Field(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            sb.Append(c is '\t' or '\n' or '\r' or '|' ? ' ' : c);
        }

        return sb.ToString().Trim();
    }

    private static string? Empty(string field) => field.Length == 0 ? null : field;

    private static IEnumerable<string[]> Lines(TextReader reader, string header, int fields)
    {
        var first = reader.ReadLine();
        if (first != header)
        {
            throw new InvalidDataException($"Expected the header \"{header.Replace('\t', ' ')}\", found \"{first}\".");
        }

        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != fields)
            {
                throw new InvalidDataException($"Line {number} has {parts.Length} fields, expected {fields}.");
            }

            yield return parts;
        }
    }
}
