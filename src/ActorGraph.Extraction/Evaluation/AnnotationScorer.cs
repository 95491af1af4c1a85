using ActorGraph.Core.Annotation;
using ActorGraph.Core.Identity;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;

namespace ActorGraph.Extraction.Evaluation;

/// <summary>
/// Scores a predicted annotation against a gold one by the rules of shared/annotation-format.md: persons match on
/// any folded name or alias (titles dropped) or on a surname unique within the article; offices, countries,
/// organizations and unordered meeting pairs are compared as sets; status, date and place over matched pairs.
/// Offices compare on a normalised title: the kind of office where one is certain (a foreign minister whether the
/// source writes "Foreign Minister", "Minister of Foreign Affairs" or "Secretary of State" for the US), otherwise
/// the folded title with gendered and spelling variants made one; "offices as written" compares folded titles only.
/// Places compare on the place they name: what follows a comma qualifies the place ("Washington, D.C." is
/// Washington), and the listed names of one capital or one venue are one place ("Department of State").
/// </summary>
public sealed class AnnotationScorer(ReferenceCatalog catalog)
{
    private readonly Dictionary<string, string> _placeNames = PlaceNames(catalog);

    /// <summary>Kinds whose titles all name the same office of a country, so any of them is the same title.</summary>
    private static readonly HashSet<OfficeKind> CertainKinds =
    [
        OfficeKind.HeadOfState, OfficeKind.HeadOfGovernment, OfficeKind.DeputyHeadOfGovernment, OfficeKind.VicePresident,
        OfficeKind.ForeignMinister, OfficeKind.DefenceMinister, OfficeKind.InteriorMinister, OfficeKind.FinanceMinister,
        OfficeKind.TradeMinister, OfficeKind.JusticeMinister, OfficeKind.NationalSecurityAdviser, OfficeKind.PermanentRepresentative,
    ];

    private static readonly Dictionary<string, string> WordVariants = new(StringComparer.Ordinal)
    {
        ["spokesman"] = "spokesperson", ["spokeswoman"] = "spokesperson", ["chairman"] = "chair", ["chairwoman"] = "chair",
        ["chairperson"] = "chair", ["advisor"] = "adviser", ["defence"] = "defense", ["programme"] = "program",
    };

    public CorpusScore Score(ArticleGraph gold, ArticleGraph predicted)
    {
        var c = Compare(gold, predicted);
        var matchedPairs = c.GoldPairs.Keys.Where(c.PredictedPairs.ContainsKey).ToList();
        return new CorpusScore(
            1,
            new MetricScore("persons", c.MatchedPersons, predicted.Persons.Count, gold.Persons.Count),
            SetScore("offices", Normalised(c.GoldOffices), Normalised(c.PredictedOffices)),
            SetScore("countries", c.GoldCountries, c.PredictedCountries),
            new MetricScore("organizations", c.MatchedOrganizations, predicted.Organizations.Count, gold.Organizations.Count),
            SetScore("meeting pairs", c.GoldPairs.Keys.ToHashSet(), c.PredictedPairs.Keys.ToHashSet()),
            new AccuracyScore("meeting status", matchedPairs.Count(k => c.GoldPairs[k].Status == c.PredictedPairs[k].Status), matchedPairs.Count),
            new AccuracyScore("meeting date", matchedPairs.Count(k => c.GoldPairs[k].Date == c.PredictedPairs[k].Date), matchedPairs.Count),
            new AccuracyScore("meeting place", matchedPairs.Count(k => SamePlace(c.GoldPairs[k].Place, c.PredictedPairs[k].Place)), matchedPairs.Count))
        {
            OfficesAsWritten = SetScore("offices as written", c.GoldOffices, c.PredictedOffices),
        };
    }

    private bool SamePlace(string? gold, string? predicted) => PlaceKey(gold) == PlaceKey(predicted);

    private string PlaceKey(string? place)
    {
        var folded = NameFolding.Fold(place?.Split(',')[0] ?? "");
        return _placeNames.GetValueOrDefault(folded, folded);
    }

    /// <summary>Each listed name of a capital or a venue, folded, to one name for it.</summary>
    private static Dictionary<string, string> PlaceNames(ReferenceCatalog catalog)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var country in catalog.Countries.Where(c => c.Capitals.Count > 1))
        {
            foreach (var capital in country.Capitals)
            {
                names.TryAdd(NameFolding.Fold(capital), NameFolding.Fold(country.Capitals[0]));
            }
        }

        foreach (var organization in catalog.Organizations)
        {
            foreach (var alias in organization.Aliases)
            {
                names.TryAdd(NameFolding.Fold(alias), NameFolding.Fold(organization.Name));
            }
        }

        return names;
    }

    /// <summary>What the prediction missed (<c>-</c>), added (<c>+</c>) or got wrong (<c>~</c>), one line each, for finding why a score dropped.</summary>
    public IReadOnlyList<string> Differences(ArticleGraph gold, ArticleGraph predicted)
    {
        var c = Compare(gold, predicted);
        var lines = new List<string>();
        void SetDifferences<T>(string what, HashSet<T> goldSet, HashSet<T> predictedSet, Func<T, string> show)
        {
            lines.AddRange(goldSet.Where(g => !predictedSet.Contains(g)).Select(g => $"- {what} {show(g)}"));
            lines.AddRange(predictedSet.Where(p => !goldSet.Contains(p)).Select(p => $"+ {what} {show(p)}"));
        }

        static string Key(string key) => key[2..];
        SetDifferences("person", c.GoldPersons, c.PredictedPersons, Key);
        SetDifferences("office", Normalised(c.GoldOffices), Normalised(c.PredictedOffices), o => $"{Key(o.Person)}: {o.Title} ({o.Country ?? "?"})");
        SetDifferences("country", c.GoldCountries, c.PredictedCountries, code => code);
        var goldOrgs = gold.Organizations.Select(o => (o.Name, Forms: o.Aliases.Append(o.Name).Select(NameFolding.Fold).ToHashSet())).ToList();
        foreach (var organization in predicted.Organizations)
        {
            var forms = organization.Aliases.Append(organization.Name).Select(NameFolding.Fold).ToHashSet();
            if (goldOrgs.FindIndex(g => g.Forms.Overlaps(forms)) is var match and >= 0)
            {
                goldOrgs.RemoveAt(match);
            }
            else
            {
                lines.Add($"+ organization {organization.Name}");
            }
        }

        lines.AddRange(goldOrgs.Select(g => $"- organization {g.Name}"));
        SetDifferences("pair", c.GoldPairs.Keys.ToHashSet(), c.PredictedPairs.Keys.ToHashSet(), k => $"{Key(k.Item1)} + {Key(k.Item2)}");
        foreach (var key in c.GoldPairs.Keys.Where(c.PredictedPairs.ContainsKey))
        {
            var (g, p) = (c.GoldPairs[key], c.PredictedPairs[key]);
            if (g.Status != p.Status || g.Date != p.Date || !SamePlace(g.Place, p.Place))
            {
                lines.Add($"~ pair {Key(key.Item1)} + {Key(key.Item2)}: {g.Status} {g.Date ?? "-"} {g.Place ?? "-"} vs {p.Status} {p.Date ?? "-"} {p.Place ?? "-"}");
            }
        }

        return lines;
    }

    private Comparison Compare(ArticleGraph gold, ArticleGraph predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);

        // Map every predicted person to the gold person it matches (one-to-one), or to itself.
        var goldForms = gold.Persons.Select(Forms).ToList();
        var predForms = predicted.Persons.Select(Forms).ToList();
        var goldSurnames = UniqueSurnames(gold.Persons);
        var predSurnames = UniqueSurnames(predicted.Persons);
        var personKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var usedGold = new HashSet<int>();
        var matchedPersons = 0;
        for (var p = 0; p < predicted.Persons.Count; p++)
        {
            var match = -1;
            for (var g = 0; g < gold.Persons.Count && match < 0; g++)
            {
                if (!usedGold.Contains(g) && goldForms[g].Overlaps(predForms[p]))
                {
                    match = g;
                }
            }

            var predSurname = NameFolding.Surname(catalog.FoldPersonName(predicted.Persons[p].Name));
            for (var g = 0; g < gold.Persons.Count && match < 0; g++)
            {
                var goldSurname = NameFolding.Surname(catalog.FoldPersonName(gold.Persons[g].Name));
                if (!usedGold.Contains(g) && goldSurname == predSurname && goldSurnames.Contains(goldSurname) && predSurnames.Contains(predSurname))
                {
                    match = g;
                }
            }

            var key = match >= 0 ? "g:" + gold.Persons[match].Name : "p:" + predicted.Persons[p].Name;
            if (match >= 0)
            {
                usedGold.Add(match);
                matchedPersons++;
            }

            foreach (var form in predForms[p])
            {
                personKey.TryAdd(form, key);
            }
        }

        string PredKey(string name) => personKey.GetValueOrDefault(catalog.FoldPersonName(name), "p:" + name);
        string GoldKey(string name) => "g:" + (gold.Persons.FirstOrDefault(p => Forms(p).Contains(catalog.FoldPersonName(name)))?.Name ?? name);

        var goldOffices = gold.Persons.SelectMany(p => p.Offices.Select(o => new OfficeKey(GoldKey(p.Name), NameFolding.Fold(o.Title), o.Country))).ToHashSet();
        var predOffices = predicted.Persons.SelectMany(p => p.Offices.Select(o => new OfficeKey(PredKey(p.Name), NameFolding.Fold(o.Title), o.Country))).ToHashSet();

        var goldOrgs = gold.Organizations.Select(o => o.Aliases.Append(o.Name).Select(NameFolding.Fold).ToHashSet()).ToList();
        var matchedOrgs = predicted.Organizations.Select(o => o.Aliases.Append(o.Name).Select(NameFolding.Fold).ToHashSet())
            .Count(forms => goldOrgs.RemoveAll(g => g.Overlaps(forms)) > 0);

        return new Comparison(
            gold.Persons.Select(p => "g:" + p.Name).ToHashSet(StringComparer.Ordinal),
            predicted.Persons.Select(p => PredKey(p.Name)).ToHashSet(StringComparer.Ordinal),
            matchedPersons,
            goldOffices,
            predOffices,
            gold.Countries.Select(c => c.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal),
            predicted.Countries.Select(c => c.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal),
            matchedOrgs,
            Pairs(gold.Meetings, GoldKey),
            Pairs(predicted.Meetings, PredKey));
    }

    private HashSet<string> Forms(PersonMention person) =>
        person.Aliases.Append(person.Name).Select(catalog.FoldPersonName).Where(f => f.Length > 0).ToHashSet(StringComparer.Ordinal);

    private HashSet<string> UniqueSurnames(IReadOnlyList<PersonMention> persons) =>
        persons.GroupBy(p => NameFolding.Surname(catalog.FoldPersonName(p.Name))).Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>Unordered participant pairs over all meetings; a pair reported twice keeps its first meeting.</summary>
    private static Dictionary<(string, string), MeetingMention> Pairs(IEnumerable<MeetingMention> meetings, Func<string, string> key)
    {
        var pairs = new Dictionary<(string, string), MeetingMention>();
        foreach (var meeting in meetings)
        {
            var keys = meeting.Participants.Select(key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < keys.Count; i++)
            {
                for (var j = i + 1; j < keys.Count; j++)
                {
                    pairs.TryAdd((keys[i], keys[j]), meeting);
                }
            }
        }

        return pairs;
    }

    /// <summary>Offices keyed by normalised title; the first written title of a key is kept for display.</summary>
    private static HashSet<OfficeKey> Normalised(HashSet<OfficeKey> offices) =>
        offices.GroupBy(o => (o.Person, NormalisedTitle(o.Title, o.Country), o.Country))
            .Select(g => g.First() with { Title = g.Key.Item2 })
            .ToHashSet();

    private static string NormalisedTitle(string folded, string? country)
    {
        var kind = OfficeKinds.Default.Classify(folded, country);
        return CertainKinds.Contains(kind)
            ? OfficeKinds.Text(kind)
            : string.Join(' ', folded.Split(' ').Select(w => WordVariants.GetValueOrDefault(w, w)));
    }

    private static MetricScore SetScore<T>(string metric, HashSet<T> gold, HashSet<T> predicted) =>
        new(metric, predicted.Count(gold.Contains), predicted.Count, gold.Count);

    private readonly record struct OfficeKey(string Person, string Title, string? Country);

    private sealed record Comparison(
        HashSet<string> GoldPersons,
        HashSet<string> PredictedPersons,
        int MatchedPersons,
        HashSet<OfficeKey> GoldOffices,
        HashSet<OfficeKey> PredictedOffices,
        HashSet<string> GoldCountries,
        HashSet<string> PredictedCountries,
        int MatchedOrganizations,
        Dictionary<(string, string), MeetingMention> GoldPairs,
        Dictionary<(string, string), MeetingMention> PredictedPairs);
}
