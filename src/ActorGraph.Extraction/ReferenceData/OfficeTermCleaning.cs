using ActorGraph.Core.Identity;
using ActorGraph.Core.ReferenceData.OfficeHolders;

namespace ActorGraph.Extraction.ReferenceData;

/// <summary>
/// The rules that turn noisy source rows into one term per continuous tenure (docs/officeholders.md lists them):
/// exact duplicates go; an open row of an office that a dated row of the same person and office starts within is a
/// stale "current" statement and ends with it; rows that touch or overlap become one; a leaders' or foreign
/// ministers' row is added only where no row of the same person, kind and country covers it; and in an office one
/// person holds at a time, a successor's start ends a term the source left open.
/// </summary>
internal static class OfficeTermCleaning
{
    /// <summary>Countries whose single-seat offices have several holders at once (co-princes, captains regent, the Swiss and Bosnian collective heads, rival governments).</summary>
    private static readonly HashSet<string> SharedSeatCountries = new(StringComparer.Ordinal) { "AD", "SM", "CH", "BA", "LY", "YE" };

    public static List<SourceTerm> RemoveDuplicates(IEnumerable<SourceTerm> terms, OfficeHolderReport report)
    {
        var seen = new HashSet<(string, OfficeKind, string, string?, PartialDate?, PartialDate?)>();
        var kept = new List<SourceTerm>();
        foreach (var term in terms)
        {
            if (seen.Add((term.PersonKey, term.Kind, NameFolding.Fold(term.Title), term.Country, term.From, term.To)))
            {
                kept.Add(term);
            }
            else
            {
                report.ExactDuplicates++;
            }
        }

        return kept;
    }

    /// <summary>
    /// One term per continuous tenure of a person in one office: the same title and country, or, for an office one
    /// person holds at a time, the same kind ("Minister of Foreign Affairs" and "Cabinet Secretary for Foreign Affairs").
    /// </summary>
    public static List<SourceTerm> Merge(IEnumerable<SourceTerm> terms, OfficeKinds kinds, OfficeHolderReport report)
    {
        var merged = new List<SourceTerm>();
        foreach (var group in terms.GroupBy(t => (t.PersonKey, t.Country, Office: kinds.IsSingleSeat(t.Kind) ? "kind:" + OfficeKinds.Text(t.Kind) : NameFolding.Fold(t.Title))))
        {
            var rows = group.ToList();
            for (var i = 0; i < rows.Count; i++)
            {
                var open = rows[i];
                if (open.To is not null)
                {
                    continue;
                }

                var closing = rows.Where(d => d.To is not null && (open.From is null || (d.From is { } f && f.Earliest >= open.From.Value.Earliest)))
                    .Select(d => d.To!.Value).DefaultIfEmpty().Max();
                if (closing != default)
                {
                    rows[i] = open with { To = closing, ConfirmedUntil = null };
                    report.StaleOpenTermsClosed++;
                }
            }

            rows = rows.OrderBy(t => t.From?.Earliest ?? DateOnly.MinValue).ThenBy(t => t.To?.Latest ?? DateOnly.MaxValue).ToList();
            var current = rows[0];
            foreach (var next in rows.Skip(1))
            {
                if (current.To is null || (next.From?.Earliest ?? DateOnly.MinValue) <= current.To.Value.Latest.AddDays(1))
                {
                    current = Join(current, next);
                    report.RowsMerged++;
                }
                else
                {
                    merged.Add(current);
                    current = next;
                }
            }

            merged.Add(current);
        }

        return merged;
    }

    /// <summary>Rows of a second source, kept where the person has no term of that kind in that country that could overlap them.</summary>
    public static List<SourceTerm> AddUncovered(List<SourceTerm> terms, IEnumerable<SourceTerm> secondary, OfficeHolderReport report)
    {
        var byPerson = terms.ToLookup(t => (t.PersonKey, t.Kind, t.Country));
        var added = new List<SourceTerm>(terms);
        foreach (var row in secondary)
        {
            if (byPerson[(row.PersonKey, row.Kind, row.Country)].Any(t => Overlap(t, row)))
            {
                report.SecondaryRowsCovered++;
                continue;
            }

            added.Add(row);
            report.SecondaryRowsAdded++;
        }

        return added;
    }

    /// <summary>In an office one person holds at a time, a later holder's start ends an earlier holder's open term.</summary>
    public static List<SourceTerm> CloseBySuccessor(List<SourceTerm> terms, OfficeKinds kinds, OfficeHolderReport report)
    {
        var result = new List<SourceTerm>(terms.Count);
        foreach (var group in terms.GroupBy(t => (t.Country, t.Kind)))
        {
            var rows = group.ToList();
            if (group.Key.Country is null || SharedSeatCountries.Contains(group.Key.Country) || !kinds.IsSingleSeat(group.Key.Kind))
            {
                result.AddRange(rows);
                continue;
            }

            foreach (var term in rows)
            {
                if (term.To is not null || term.From is not { } start)
                {
                    result.Add(term);
                    continue;
                }

                var successor = rows.Where(s => s.PersonKey != term.PersonKey && s.From is { } f && f.Earliest > start.Latest)
                    .Select(s => s.From!.Value).DefaultIfEmpty().Min();
                if (successor != default)
                {
                    result.Add(term with { To = successor, ConfirmedUntil = null });
                    report.ClosedBySuccessor++;
                }
                else
                {
                    result.Add(term);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Of two dates for one bound, the more precise when one lies within the other ("2022-07-25" within "2022"), else
    /// the earlier start or the later end.
    /// </summary>
    private static PartialDate? Pick(PartialDate? a, PartialDate? b, bool earlier)
    {
        if (a is not { } x || b is not { } y)
        {
            return a ?? b;
        }

        if (x.Earliest <= y.Latest && y.Earliest <= x.Latest && x.Precision != y.Precision)
        {
            return x.Precision < y.Precision ? x : y;
        }

        return earlier ? (y.Earliest < x.Earliest ? y : x) : (y.Latest > x.Latest ? y : x);
    }

    private static bool Overlap(SourceTerm a, SourceTerm b) =>
        (a.From?.Earliest ?? DateOnly.MinValue) <= (b.To?.Latest ?? DateOnly.MaxValue)
        && (b.From?.Earliest ?? DateOnly.MinValue) <= (a.To?.Latest ?? DateOnly.MaxValue);

    private static SourceTerm Join(SourceTerm first, SourceTerm next)
    {
        var from = Pick(first.From, next.From, earlier: true);
        var open = first.To is null || next.To is null;
        var to = open ? null : Pick(first.To, next.To, earlier: false);
        var confirmed = open ? new[] { first, next }.Where(t => t.To is null).Max(t => t.ConfirmedUntil) : null;
        var sources = first.Source.Split('+').Concat(next.Source.Split('+')).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return first with { From = from, To = to, ConfirmedUntil = confirmed, Source = string.Join('+', sources) };
    }
}
