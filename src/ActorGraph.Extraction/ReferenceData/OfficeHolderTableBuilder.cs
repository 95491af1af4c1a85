using System.Globalization;
using ActorGraph.Core.Identity;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;

namespace ActorGraph.Extraction.ReferenceData;

/// <summary>
/// Generates the office-holders table (tools/refdata/generate-officeholders.sh): the Wikidata-derived tables of
/// shared/data/officeholders, cleaned by <see cref="OfficeTermCleaning"/>; a hand-kept supplement for the years after
/// mid-2022 (one source per row); and the officials and Presidents of the Office of the Historian's records, linked to
/// the same people where the names and offices agree. One person per Wikidata id; deterministic output.
/// </summary>
public sealed class OfficeHolderTableBuilder(ReferenceCatalog catalog, OfficeKinds kinds)
{
    public OfficeHolderReport Report { get; } = new();

    public IReadOnlyList<OfficeHolder> Build(string folder, string? supplementFile, KnownOfficials officials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(officials);
        var sources = new OfficeHolderSources(catalog, kinds, Report);
        sources.Read(folder, cancellationToken);
        var labels = sources.Labels;

        var terms = OfficeTermCleaning.Merge(OfficeTermCleaning.RemoveDuplicates(sources.Primary, Report), kinds, Report);
        var secondary = OfficeTermCleaning.Merge(OfficeTermCleaning.RemoveDuplicates(sources.Secondary, Report), kinds, new OfficeHolderReport());
        terms = OfficeTermCleaning.AddUncovered(terms, secondary, Report);
        if (supplementFile is not null)
        {
            // A supplement row closes a stale open row of the same office first; then successors close the rest.
            terms.AddRange(ReadSupplement(supplementFile, terms, labels));
            terms = OfficeTermCleaning.Merge(terms, kinds, Report);
        }

        terms = OfficeTermCleaning.CloseBySuccessor(terms, kinds, Report);
        terms = OfficeTermCleaning.Merge(terms, kinds, Report);

        var drafts = terms.GroupBy(t => t.PersonKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new Draft(g.Key, g.ToList(), [.. labels.GetValueOrDefault(g.Key) ?? [], .. g.Select(t => t.Label)]), StringComparer.Ordinal);
        LinkOfficials(drafts, officials);

        // The Presidents' terms from the records may start after a term the data left open: close and merge again.
        var all = OfficeTermCleaning.Merge(OfficeTermCleaning.CloseBySuccessor(drafts.Values.SelectMany(d => d.Terms).ToList(), kinds, Report), kinds, Report);
        foreach (var draft in drafts.Values)
        {
            draft.Terms.Clear();
        }

        foreach (var term in all)
        {
            drafts[term.PersonKey].Terms.Add(term);
        }

        var termsPerCountry = all.Where(t => t.Country is not null).GroupBy(t => t.Country!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var holders = Assemble(drafts.Values, termsPerCountry);
        Report.Persons = holders.Count;
        Report.Terms = holders.Sum(h => h.Terms.Count);
        return holders;
    }

    private List<SourceTerm> ReadSupplement(string file, List<SourceTerm> terms, Dictionary<string, List<string>> labels)
    {
        var countriesOf = terms.Where(t => t.Country is not null).ToLookup(t => t.PersonKey, t => t.Country!);
        var byLabel = labels.SelectMany(l => l.Value.SelectMany(n => ExactKeys(n)).Select(k => (Key: k, Qid: l.Key))).Distinct()
            .ToLookup(x => x.Key, x => x.Qid, StringComparer.Ordinal);
        var byLooseLabel = labels.SelectMany(l => l.Value.SelectMany(n => LooseKeys(n)).Select(k => (Key: k, Qid: l.Key))).Distinct()
            .ToLookup(x => x.Key, x => x.Qid, StringComparer.Ordinal);
        var rows = new List<SourceTerm>();
        using var reader = File.OpenText(file);
        var line = 1;
        foreach (var row in CsvRows.Read(reader))
        {
            line++;
            var name = row.GetValueOrDefault("person", "").Trim();
            if (row.GetValueOrDefault("country", "").StartsWith('#'))
            {
                continue; // a comment line
            }

            if (name.Length == 0)
            {
                throw new InvalidDataException($"{file}:{line}: a supplement row needs a person.");
            }

            var country = row.GetValueOrDefault("country", "").Trim().ToUpperInvariant();
            var key = catalog.FoldPersonName(name);
            // An international post's holder is found by name anywhere; anyone else in the row's country.
            var known = ExactKeys(name).SelectMany(k => byLabel[k]).Where(q => country.Length == 0 || countriesOf[q].Contains(country)).Distinct().ToList();
            if (known.Count == 0)
            {
                known = LooseKeys(name).SelectMany(k => byLooseLabel[k]).Where(q => country.Length == 0 || countriesOf[q].Contains(country)).Distinct().ToList();
            }

            var personKey = known.Count == 1 ? known[0] : $"name:{country}:{key}";
            var from = PartialDate.Parse(row.GetValueOrDefault("start"));
            var to = PartialDate.Parse(row.GetValueOrDefault("end"));
            var confirmed = DateOnly.TryParseExact(row.GetValueOrDefault("confirmedUntil"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var c) ? c : (DateOnly?)null;
            if (from is null || row.GetValueOrDefault("source", "").Trim().Length == 0)
            {
                throw new InvalidDataException($"{file}:{line}: every supplement row needs a start date and a source.");
            }

            rows.Add(new SourceTerm(personKey, name, OfficeKinds.Parse(row.GetValueOrDefault("kind")), row.GetValueOrDefault("title", "").Trim(), country.Length == 0 ? null : country,
                from, to, to is null ? confirmed : null, "supplement", $"supplement:{line}"));
            Report.SupplementRows++;
        }

        return rows;
    }

    /// <summary>
    /// The records' officials and Presidents join the person they are: by a name form in the same country, else by a
    /// like name holding an office of the same kind in that country when the records saw them. The rest are added.
    /// </summary>
    private void LinkOfficials(Dictionary<string, Draft> drafts, KnownOfficials officials)
    {
        var byName = drafts.Values.SelectMany(d => d.Labels.SelectMany(n => ExactKeys(n)).Select(k => (Key: k, Draft: d)))
            .Distinct().ToLookup(x => x.Key, x => x.Draft, StringComparer.Ordinal);
        var byLooseName = drafts.Values.SelectMany(d => d.Labels.SelectMany(n => LooseKeys(n)).Select(k => (Key: k, Draft: d)))
            .Distinct().ToLookup(x => x.Key, x => x.Draft, StringComparer.Ordinal);
        var byCountry = drafts.Values.SelectMany(d => d.Terms.Where(t => t.Country is not null).Select(t => (t.Country, Draft: d))).Distinct()
            .ToLookup(x => x.Country!, x => x.Draft, StringComparer.Ordinal);

        Draft? Find(string name, IEnumerable<string> forms, string country, IReadOnlyCollection<OfficeKind> officeKinds, IReadOnlyList<DateOnly> seen)
        {
            var named = forms.Append(name).SelectMany(n => ExactKeys(n)).SelectMany(k => byName[k]).Distinct()
                .Where(d => d.Terms.Any(t => t.Country == country)).ToList();
            if (named.Count == 0)
            {
                named = forms.Append(name).SelectMany(n => LooseKeys(n)).SelectMany(k => byLooseName[k]).Distinct()
                    .Where(d => d.Terms.Any(t => t.Country == country)).ToList();
            }

            if (named.Count == 1)
            {
                return named[0];
            }

            var like = byCountry[country].Distinct()
                .Where(d => d.Terms.Any(t => t.Country == country && officeKinds.Contains(t.Kind) && seen.Any(day => t.From is null || t.From.Value.Earliest <= day) && seen.Any(day => t.To is null || t.To.Value.Latest >= day)))
                .Where(d => d.Labels.Any(l => PersonNames.Similarity(l, name) >= 0.5 || NameFolding.Surname(catalog.FoldPersonName(l)) == NameFolding.Surname(catalog.FoldPersonName(name))))
                .ToList();
            return like.Count == 1 ? like[0] : null;
        }

        foreach (var official in officials.Officials)
        {
            var seen = new[] { official.FirstSeen, official.LastSeen }.Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
            var officeKinds = official.Offices.Select(o => kinds.Classify(o.Title, o.Country ?? official.Country)).ToHashSet();
            var draft = Find(official.Name, official.Aliases, official.Country, officeKinds, seen);
            if (draft is null)
            {
                var key = $"hs:{official.Country}:{catalog.FoldPersonName(official.Name)}";
                if (!drafts.TryGetValue(key, out draft))
                {
                    drafts[key] = draft = new Draft(key, [], [official.Name]) { FallbackCountry = official.Country };
                    Report.HistoryStateAdded++;
                }
            }
            else
            {
                Report.HistoryStateLinked++;
            }

            draft.Labels.Add(official.Name);
            draft.Labels.AddRange(official.Aliases);
        }

        foreach (var president in officials.Presidents.Terms)
        {
            var term = (From: PartialDate.Day(president.TookOffice), To: president.LeftOffice is { } left ? PartialDate.Day(left) : (PartialDate?)null);
            var draft = Find(president.Name, [], "US", [OfficeKind.HeadOfState], [president.TookOffice]);
            if (draft is null)
            {
                var key = $"hs:US:{catalog.FoldPersonName(president.Name)}";
                if (!drafts.TryGetValue(key, out draft))
                {
                    drafts[key] = draft = new Draft(key, [], [president.Name]);
                    Report.HistoryStateAdded++;
                }
            }
            else
            {
                Report.HistoryStateLinked++;
            }

            draft.Labels.Add(president.Name);
            var covered = draft.Terms.Any(t => t.Country == "US" && t.Kind == OfficeKind.HeadOfState
                && (t.From?.Earliest ?? DateOnly.MinValue) <= (term.To?.Latest ?? DateOnly.MaxValue) && term.From.Earliest <= (t.To?.Latest ?? DateOnly.MaxValue));
            if (!covered)
            {
                draft.Terms.Add(new SourceTerm(draft.Key, president.Name, OfficeKind.HeadOfState, "President", "US", term.From, term.To, null, "history-state", "presidents.xml"));
            }
        }
    }

    /// <summary>The keys a name links by first: its folded form and the forms news writes (no middle initials or suffix).</summary>
    private IEnumerable<string> ExactKeys(string name) =>
        PersonNames.NewsForms(name).Append(name).Select(catalog.FoldPersonName).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal);

    /// <summary>Failing those, its first and last word ("Ajit Doval" is "Ajit Kumar Doval").</summary>
    private IEnumerable<string> LooseKeys(string name) =>
        ExactKeys(name).Select(k => k.Split(' ')).Where(w => w.Length >= 3).Select(w => w[0] + " " + w[^1]).Distinct(StringComparer.Ordinal);

    private List<OfficeHolder> Assemble(IEnumerable<Draft> drafts, IReadOnlyDictionary<string, int> termsPerCountry)
    {
        var holders = new List<OfficeHolder>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var ordered = drafts.OrderBy(d => d.Key.StartsWith('Q') ? 0 : 1)
            .ThenBy(d => d.Key.StartsWith('Q') && long.TryParse(d.Key.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue)
            .ThenBy(d => d.Key, StringComparer.Ordinal);
        foreach (var draft in ordered)
        {
            var terms = draft.Terms.OrderBy(t => t.From?.Earliest ?? DateOnly.MinValue).ThenBy(t => t.Kind).ThenBy(t => t.Title, StringComparer.Ordinal).ToList();
            // The country acted for: the one most of the person's terms are in; a monarch of several realms, or anyone
            // tied between countries, belongs to the country with the most terms in the table (the United Kingdom).
            var country = terms.Where(t => t.Country is not null).GroupBy(t => t.Country!, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenByDescending(g => termsPerCountry.GetValueOrDefault(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
                .FirstOrDefault()?.Key ?? draft.FallbackCountry;
            var countries = terms.Select(t => t.Country).Append(country).OfType<string>().Distinct().Select(catalog.FindCountry).OfType<CountryEntry>().ToList();
            var cleaned = draft.Labels.Select(l => PersonNames.Clean(l, countries)).Where(l => l.Length > 0).ToList();
            var name = PersonNames.Display(cleaned);
            var aliases = draft.Labels.Concat(cleaned).Concat(cleaned.SelectMany(PersonNames.NewsForms))
                .Where(a => a != name && catalog.FoldPersonName(a).Length > 0)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var id = NewId(name, country, draft.Key, taken);
            holders.Add(new OfficeHolder(id, draft.Key.StartsWith('Q') ? draft.Key : null, name, aliases, country,
                terms.Select(t => new OfficeTerm(id, t.Kind, t.Title, t.Country, t.From, t.To, t.ConfirmedUntil, t.Source)).ToList()));
        }

        return holders;
    }

    /// <summary>"person/wang-yi"; a namesake gets the country ("person/wang-yi/tw"), a third the Wikidata id.</summary>
    private static string NewId(string name, string? country, string key, HashSet<string> taken)
    {
        var id = NodeIds.Person(name);
        if (taken.Add(id))
        {
            return id;
        }

        var withCountry = id + "/" + (country ?? "xx").ToLowerInvariant();
        if (taken.Add(withCountry))
        {
            return withCountry;
        }

        var suffix = key.StartsWith('Q') ? key.ToLowerInvariant() : NameFolding.Slug(key);
        var withKey = withCountry + "-" + suffix;
        taken.Add(withKey);
        return withKey;
    }

    private sealed class Draft(string key, List<SourceTerm> terms, List<string> labels)
    {
        public string Key { get; } = key;

        public List<SourceTerm> Terms { get; } = terms;

        public List<string> Labels { get; } = labels;

        public string? FallbackCountry { get; init; }
    }
}
