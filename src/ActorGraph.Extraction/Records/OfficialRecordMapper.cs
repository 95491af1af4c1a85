using System.Globalization;
using System.Text.RegularExpressions;
using ActorGraph.Core.Annotation;
using ActorGraph.Core.Identity;
using ActorGraph.Core.Model;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using ActorGraph.Extraction.ReferenceData;

namespace ActorGraph.Extraction.Records;

/// <summary>
/// Turns a visit or trip into the graph of one source, in the same shape the extractor gives an article, so both
/// stores write it exactly as they write articles (docs/history-state.md):
/// <list type="bullet">
/// <item>a trip is one held, in-person meeting of the traveller with each person its remarks name, read by the
/// extraction engine itself; people met on a trip without a stated country are taken to be its host country's;</item>
/// <item>a visit is one held, in-person meeting of the visitor with the President in office when it began; a visit to
/// attend a summit or conference ("Attended the Nuclear Security Summit.") is the visitor's part in that gathering, so
/// the records of all who came to it are one meeting of them all with the President.</item>
/// </list>
/// The source's text is the record's own, with its id, so each record is one source node and a re-import finds it.
/// </summary>
/// <param name="officeHolders">
/// Who held which office when, so the people the records name are the same persons as in articles; none (the rules
/// alone) when generating the known officials from these same records.
/// </param>
public sealed partial class OfficialRecordMapper(ReferenceCatalog catalog, OfficeHolderTable? officeHolders = null)
{
    public const string Publisher = "Office of the Historian, U.S. Department of State";
    private const string UnitedStates = "US";
    private const string SecretaryOfState = "Secretary of State";
    private const string President = "President";

    // Offices of international organizations: whoever holds them is not the host country's.
    private static readonly HashSet<string> InternationalTitles = new(StringComparer.Ordinal) { "Secretary-General", "Director-General" };

    private readonly HistoryStateCountries _countries = new(catalog);

    private readonly ArticleExtractor _extractor = new(catalog, officeHolders ?? OfficeHolderTable.Empty);

    /// <summary>The record's graph; <see cref="ArticleGraph.Meetings"/> is empty when it names no one to meet.</summary>
    public ArticleGraph Map(OfficialRecord record, PresidentTerms presidents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(presidents);
        var country = _countries.Resolve(record.CountryId, record.CountryName);
        return record.Kind == OfficialRecordKind.Visit
            ? MapVisit(record, country, presidents, cancellationToken)
            : MapTrip(record, country, presidents, cancellationToken);
    }

    /// <summary>The ISO code of a record's country, or null when it cannot be resolved.</summary>
    public string? CountryOf(OfficialRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _countries.Resolve(record.CountryId, record.CountryName);
    }

    /// <summary>The people a trip's remarks name whom the traveller met: not US officials, not the traveller.</summary>
    public IReadOnlyList<PersonMention> PeopleMet(OfficialRecord record, PresidentTerms presidents, CancellationToken cancellationToken)
    {
        var country = CountryOf(record);
        return PeopleNamed(record, presidents, cancellationToken).Select(p => InHostCountry(p, country)).ToList();
    }

    /// <summary>
    /// The people a record names as the records state them, before a trip's host country is assumed for those without
    /// one: the source of known officials, which must not learn a guess (an EU official met in Brussels is not Belgian).
    /// </summary>
    public IReadOnlyList<PersonMention> PeopleNamed(OfficialRecord record, PresidentTerms presidents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(presidents);
        if (record.Kind == OfficialRecordKind.Visit)
        {
            return Visitors(record, CountryOf(record), presidents, cancellationToken);
        }

        if (record.Remarks.Length == 0)
        {
            return [];
        }

        var travellerSurname = NameFolding.Surname(catalog.FoldPersonName(OfficialNames.Clean(record.Name)));
        return _extractor.Extract(new ArticleInfo(record.Name, record.Remarks, PublishedAt: Iso(record.StartDate)), [], cancellationToken).Persons
            .Where(p => NameFolding.Surname(catalog.FoldPersonName(p.Name)) != travellerSurname && !IsUsOfficial(p, presidents))
            .ToList();
    }

    private ArticleGraph MapTrip(OfficialRecord record, string? country, PresidentTerms presidents, CancellationToken cancellationToken)
    {
        var office = record.Kind == OfficialRecordKind.PresidentTrip ? President : SecretaryOfState;
        var traveller = UsOfficial(record.Name, office, presidents);
        var met = PeopleMet(record, presidents, cancellationToken);
        var place = FirstPlace(record.Locale);
        var start = Iso(record.StartDate);
        var end = record.EndDate > record.StartDate ? Iso(record.EndDate) : null;
        var where = record.Locale is null ? record.CountryName : $"{record.Locale}, {record.CountryName}";
        var meetings = met.Select(p => new MeetingMention([traveller.Name, p.Name], MeetingStatus.Held, MeetingMode.InPerson, start, place, country,
            record.Remarks, end)).ToList();
        return new ArticleGraph(
            new ArticleInfo(
                $"{office} {traveller.Name} in {where} ({start})",
                $"{office} {OfficialNames.Clean(record.Name)} in {where}, {Span(record)}: {record.Remarks}\n{record.RecordId}",
                $"https://history.state.gov/departmenthistory/travels/{(record.Kind == OfficialRecordKind.PresidentTrip ? "president" : "secretary")}/{record.Who}",
                Publisher,
                start,
                record.RecordId),
            met.Prepend(traveller).ToList(),
            [],
            Countries(country, met),
            place is null ? [] : [new PlaceMention(place, country)],
            meetings);
    }

    private ArticleGraph MapVisit(OfficialRecord record, string? country, PresidentTerms presidents, CancellationToken cancellationToken)
    {
        var start = Iso(record.StartDate);
        var end = record.EndDate > record.StartDate ? Iso(record.EndDate) : null;
        var host = presidents.InOffice(record.StartDate) is { } term ? UsOfficial(term.Name, President, presidents) : null;

        var visitors = Visitors(record, country, presidents, cancellationToken);
        var evidence = $"{record.Name} ({record.CountryName}): {record.Remarks}".TrimEnd(' ', ':');
        var gathering = AttendedGathering().Match(record.Remarks) is { Success: true } attended ? attended.Groups["name"].Value.Trim() : null;
        var meetings = host is null ? [] : visitors.Select(v => new MeetingMention([v.Name, host.Name], MeetingStatus.Held, MeetingMode.InPerson, start, null, UnitedStates,
            evidence, end, gathering)).ToList();
        var persons = host is null ? visitors : visitors.Append(host).ToList();
        return new ArticleGraph(
            new ArticleInfo(
                $"{record.Name} ({record.CountryName}) visits the United States ({start})",
                $"{record.Name} of {record.CountryName} visited the United States, {Span(record)}: {record.Remarks}\n{record.RecordId}",
                "https://history.state.gov/departmenthistory/visits/" + record.CountryId,
                Publisher,
                start,
                record.RecordId),
            persons,
            [],
            Countries(country, visitors),
            [],
            meetings);
    }

    /// <summary>
    /// The visitor string read like a sentence ("Prime Minister Kyriakos Mitsotakis."); the record's country is the one
    /// the visitor came from, whatever the text suggests.
    /// </summary>
    private List<PersonMention> Visitors(OfficialRecord record, string? country, PresidentTerms presidents, CancellationToken cancellationToken) =>
        _extractor.Extract(new ArticleInfo(record.Name, record.Name + ".", PublishedAt: Iso(record.StartDate)), [], cancellationToken).Persons
            .Where(p => !IsUsOfficial(p, presidents))
            .Select(p => p with { Country = country ?? p.Country, Offices = p.Offices.Select(o => o with { Country = country ?? o.Country }).ToList() })
            .ToList();

    /// <summary>A US President or Secretary of State as the records name them, with the "First Last" form news uses.</summary>
    private static PersonMention UsOfficial(string recordName, string office, PresidentTerms presidents)
    {
        var name = OfficialNames.Clean(recordName);
        var aliases = OfficialNames.ShortForm(name) is { } shortForm && !presidents.IsAmbiguousShortName(shortForm) ? new[] { shortForm } : [];
        return new PersonMention(name, aliases, UnitedStates, [new OfficeMention(office, UnitedStates)]);
    }

    /// <summary>
    /// Remarks also name the US officials the traveller was with ("Accompanied President Nixon"): a person of the
    /// United States, a Secretary of State, or a President (or untitled person) with a US President's surname.
    /// </summary>
    private bool IsUsOfficial(PersonMention person, PresidentTerms presidents)
    {
        if (person.Country == UnitedStates || person.Offices.Any(o => o.Country == UnitedStates || o.Title == SecretaryOfState))
        {
            return true;
        }

        var surname = NameFolding.Surname(catalog.FoldPersonName(person.Name));
        return presidents.Surnames.Contains(surname) && person.Offices.All(o => o.Title is President or "President-elect" or "Vice President");
    }

    private static PersonMention InHostCountry(PersonMention person, string? country)
    {
        if (country is null || person.Offices.Any(o => InternationalTitles.Contains(o.Title)))
        {
            return person;
        }

        var own = person.Country ?? person.Offices.Select(o => o.Country).FirstOrDefault(c => c is not null) ?? country;
        return person with { Country = own, Offices = person.Offices.Select(o => o with { Country = o.Country ?? own }).ToList() };
    }

    private static List<string> Countries(string? country, IEnumerable<PersonMention> people) =>
        people.Select(p => p.Country).Prepend(country).Prepend(UnitedStates).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>"Ankara, Istanbul" and "Turnberry (Scotland)": the first place named, without its gloss.</summary>
    private static string? FirstPlace(string? locale)
    {
        if (locale is null)
        {
            return null;
        }

        var first = OfficialNames.Clean(locale).Split([',', ';'], 2)[0].Split(" and ", 2)[0].Trim();
        return first.Length == 0 ? null : first;
    }

    private static string Span(OfficialRecord record) =>
        record.EndDate > record.StartDate ? $"{Iso(record.StartDate)} to {Iso(record.EndDate)}" : Iso(record.StartDate);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A visit's description that says the visitor came for a gathering of many: "Attended the G-20 Economic Summit in Pittsburgh".</summary>
    /// <remarks>A full stop inside the name ("U.S.-Africa") is not the end of the sentence.</remarks>
    [GeneratedRegex(@"^\s*Attended\s+(?:the\s+|a\s+)?(?<name>(?:[^.]|\.(?!\s|$))*?\b(?:Summit|Conference)\b(?:[^.]|\.(?!\s|$))*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex AttendedGathering();
}
