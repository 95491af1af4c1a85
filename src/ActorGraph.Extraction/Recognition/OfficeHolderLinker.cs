using ActorGraph.Core.Annotation;
using ActorGraph.Core.Identity;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;

namespace ActorGraph.Extraction.Recognition;

/// <summary>
/// Links an article's people to the office-holders table: a known official named in an article is that person (by a
/// name form, or by a titled surname and the office then), told apart from namesakes by the country the article
/// states and by who held office on the article's date; they get the table's country and offices as of that date
/// unless the article says otherwise. Also resolves a title without a name ("the Chinese foreign minister") to its
/// holder on the day.
/// </summary>
internal sealed class OfficeHolderLinker(OfficeHolderTable table, ReferenceCatalog catalog)
{
    /// <summary>Offices an article's reader takes for granted when it names the holder: they are added as of the day.</summary>
    private static readonly HashSet<OfficeKind> Notable =
    [
        OfficeKind.HeadOfState, OfficeKind.HeadOfGovernment, OfficeKind.DeputyHeadOfGovernment, OfficeKind.VicePresident,
        OfficeKind.ForeignMinister, OfficeKind.DefenceMinister, OfficeKind.NationalSecurityAdviser,
    ];

    /// <summary>Offices one person holds at a time, so a title and a country name the holder.</summary>
    private static readonly HashSet<OfficeKind> SingleSeat =
    [
        OfficeKind.HeadOfState, OfficeKind.HeadOfGovernment, OfficeKind.ForeignMinister, OfficeKind.DefenceMinister, OfficeKind.NationalSecurityAdviser,
    ];

    private readonly BoundedMemo<(string Title, string Country, DateOnly Date), OfficeHolder?> _holderAnswers = new(4096);

    public OfficeKinds Kinds => table.Kinds;

    public void Link(IEnumerable<PersonEntity> people, DateOnly? date)
    {
        foreach (var person in people)
        {
            if (person.Holder is null && Find(person, date) is { } holder)
            {
                person.Holder = holder;
            }

            if (person.Holder is not null)
            {
                Apply(person, person.Holder, date);
            }
        }
    }

    /// <summary>A name of two words or more that the table knows as some official's full name ("Vladimir Putin").</summary>
    public bool IsKnownFullName(string name)
    {
        var key = catalog.FoldPersonName(name);
        return key.Contains(' ', StringComparison.Ordinal) && table.ByNameKey(key).Count > 0;
    }

    /// <summary>The holder of a single-seat office of a country on a day, when exactly one certainly held it.</summary>
    public OfficeHolder? HolderOf(string title, string country, DateOnly date)
    {
        // A feed asks the same few questions over and over ("the Chinese foreign minister" on the day of the news).
        return _holderAnswers.GetOrAdd((title, country, date), static (question, linker) => linker.FindHolderOf(question.Title, question.Country, question.Date), this);
    }

    private OfficeHolder? FindHolderOf(string title, string country, DateOnly date)
    {
        var kind = table.Kinds.Classify(title, country);
        if (!SingleSeat.Contains(kind))
        {
            return null;
        }

        var holders = table.HoldersOn(country, new OfficeQuery(title, NameFolding.Fold(title), kind, null), PartialDate.Day(date))
            .Where(h => !h.Approximate).ToList();
        return holders.Count == 1 ? holders[0].Holder : null;
    }

    private OfficeHolder? Find(PersonEntity person, DateOnly? date)
    {
        var stated = new List<string>(person.Offices.Count + 1);
        var kinds = new List<OfficeKind>(person.Offices.Count);
        foreach (var office in person.Offices)
        {
            if (office.Country is { } officeCountry && !stated.Contains(officeCountry))
            {
                stated.Add(officeCountry);
            }

            if (table.Kinds.Classify(office.Title, office.Country ?? person.Country) is var kind && kind != OfficeKind.Other)
            {
                kinds.Add(kind);
            }
        }

        if (person.Country is { } personCountry && !stated.Contains(personCountry))
        {
            stated.Add(personCountry);
        }

        // The name as written first: "Ferdinand Marcos Jr." is the son, though "Ferdinand Marcos" is also the father.
        var keys = NameKeys(person).ToList();
        var candidates = keys.Where(k => k.Exact).SelectMany(k => table.ByNameKey(k.Key)).Distinct().ToList();
        if (candidates.Count == 0)
        {
            candidates = keys.SelectMany(k => table.ByNameKey(k.Key)).Distinct().ToList();
        }

        if (candidates.Count == 0 && person.WordCount == 1 && kinds.Count > 0)
        {
            // "President Zelenskyy": the one holder of that office (then, when the article is dated) whose name ends so.
            candidates = table.BySurnameKey(person.FoldedName)
                .Where(h => h.Terms.Any(t => kinds.Contains(t.Kind) && (date is not { } day || t.Covers(PartialDate.Day(day)) != TermMatch.No)
                    && (stated.Count == 0 || (t.Country is not null && stated.Contains(t.Country)))))
                .ToList();
        }

        if (stated.Count > 0)
        {
            // A stated nationality beats the table: a namesake of another country is someone else.
            candidates = candidates.Where(h => (h.Country is not null && stated.Contains(h.Country)) || h.Terms.Any(t => t.Country is not null && stated.Contains(t.Country))).ToList();
        }

        if (candidates.Count > 1 && date is { } when)
        {
            var active = candidates.Where(h => h.Terms.Any(t => t.Covers(PartialDate.Day(when)) != TermMatch.No)).ToList();
            candidates = active.Count > 0 ? active : candidates;
        }

        if (candidates.Count > 1 && kinds.Count > 0)
        {
            var sameOffice = candidates.Where(h => h.Terms.Any(t => kinds.Contains(t.Kind))).ToList();
            candidates = sameOffice.Count > 0 ? sameOffice : candidates;
        }

        return candidates.Count == 1 ? candidates[0] : null;
    }

    private void Apply(PersonEntity person, OfficeHolder holder, DateOnly? date)
    {
        var active = date is { } day
            ? OfficeHolderTable.OfficesOn(holder, PartialDate.Day(day)).Where(h => !h.Approximate && (Notable.Contains(h.Term.Kind) || h.Term.Kind == OfficeKind.InternationalOfficial)).ToList()
            : [];
        if (person.Country is null && !person.ForOrganization)
        {
            if (active.Count > 0 && active.TrueForAll(a => a.Term.Country is null))
            {
                person.ForOrganization = true; // "von der Leyen" in 2023 acts for the European Commission
            }
            else if ((active.Find(a => a.Term.Country is not null)?.Term.Country ?? holder.Country) is { } country)
            {
                person.AssumeCountry(country);
            }
        }
        else if (person.Country is { } stated)
        {
            person.AssumeCountry(stated);
        }

        if (person.Offices.Count == 0)
        {
            foreach (var held in active.Where(a => a.Term.Country is not null && a.Term.Country == person.Country))
            {
                person.AddOffice(new OfficeMention(Title(held.Term), held.Term.Country));
            }
        }
    }

    /// <summary>How an office from the table is written in an article's graph: the kind's label where titles vary ("Foreign Minister").</summary>
    private string Title(OfficeTerm term) => term.Kind is OfficeKind.HeadOfState or OfficeKind.HeadOfGovernment ? term.Title : table.Kinds.Label(term.Kind);

    /// <summary>
    /// The person's full-name forms: name and aliases (exact), and each without middle initials or a generational suffix,
    /// or without the grandfather's name of an Arabic chain ("Mohamed bin Zayed Al Nahyan" for "… bin Zayed bin Sultan Al Nahyan").
    /// </summary>
    private IEnumerable<(string Key, bool Exact)> NameKeys(PersonEntity person)
    {
        foreach (var key in person.Aliases.Append(person.Name).Select(catalog.FoldPersonName).Append(person.FoldedName).Distinct(StringComparer.Ordinal))
        {
            var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2)
            {
                continue;
            }

            yield return (key, true);
            var shorter = words.Where((w, i) => i == 0 || (w.Length > 1 && w is not ("jr" or "sr" or "ii" or "iii" or "iv"))).ToArray();
            if (shorter.Length >= 2 && shorter.Length < words.Length)
            {
                yield return (string.Join(' ', shorter), false);
            }

            var firstBin = Array.IndexOf(words, "bin");
            var secondBin = firstBin < 0 ? -1 : Array.IndexOf(words, "bin", firstBin + 2);
            if (secondBin > 0 && secondBin + 2 < words.Length)
            {
                yield return (string.Join(' ', words.Take(secondBin).Concat(words.Skip(secondBin + 2))), false);
            }
        }
    }
}
