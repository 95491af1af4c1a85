using System.Globalization;
using ActorGraph.Core.Annotation;
using ActorGraph.Core.Identity;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Http;

namespace ActorGraph.Storage.Neo4j;

/// <summary>
/// Writes a batch of articles in two round trips whatever its size: one set of lookups for all of its articles (which
/// are stored, which stored people its mentions could be), then one <c>UNWIND</c> statement per kind of node and
/// relationship with the rows of every article in order. People are resolved in memory article after article against
/// what the lookups found and what earlier articles of the batch decided (<see cref="KnownPeople"/>), so the batch
/// gives the graph that storing its articles one at a time would.
/// </summary>
internal sealed class Neo4jBatchWriter(CypherCatalog cypher, ReferenceCatalog catalog, IReadOnlyList<ArticleGraph> graphs)
{
    private readonly List<string> _articleIds = graphs.Select(g => NodeIds.Article(g.Article.Text)).ToList();
    private readonly List<object> _articleRows = [];
    private readonly Dictionary<string, PersonRow> _personRows = new(StringComparer.Ordinal);
    private readonly List<object> _aliasRows = [];
    private readonly HashSet<(string PersonId, string Key)> _aliasesAdded = [];
    private readonly List<object> _countryMentionRows = [];
    private readonly List<object> _personMentionRows = [];
    private readonly Dictionary<(string PersonId, string OfficeId), OfficeRow> _officeRows = [];
    private readonly Dictionary<string, object> _organizationRows = new(StringComparer.Ordinal);
    private readonly List<object> _organizationMentionRows = [];
    private readonly Dictionary<string, object> _placeRows = new(StringComparer.Ordinal);
    private readonly List<object> _reportRows = [];
    private readonly Dictionary<string, string> _countryNames = new(StringComparer.Ordinal);

    /// <summary>The reports of meetings the batch adds; their groups' meetings are to be derived again.</summary>
    public List<MeetingReport> AddedReports { get; } = [];

    /// <summary>
    /// The first round trip. Result 0 is the articles already stored; 1 and 2 people by name and alias, 3 the ids
    /// taken, 4 people by Wikidata item, 5 people by surname (the order <see cref="KnownPeople"/> reads).
    /// </summary>
    public IReadOnlyList<CypherStatement> Lookups()
    {
        var persons = graphs.SelectMany(g => g.Persons).ToList();
        var keys = persons.SelectMany(p => PersonMatching.LookupKeys(catalog, p)).Distinct(StringComparer.Ordinal).ToList();
        return
        [
            cypher.Query(CypherQuery.ArticlesStored, new Dictionary<string, object?> { ["ids"] = _articleIds.Distinct(StringComparer.Ordinal).ToList() }),
            cypher.Query(CypherQuery.PersonsByNameKey, new Dictionary<string, object?> { ["keys"] = keys }),
            cypher.Query(CypherQuery.PersonsByAliasKey, new Dictionary<string, object?> { ["keys"] = keys }),
            cypher.Query(CypherQuery.PersonIdsTaken, new Dictionary<string, object?>
            {
                ["ids"] = persons.SelectMany(p => PersonMatching.CandidateIds(p.Name, StoredValues.CountryCode(p.Country))).Distinct(StringComparer.Ordinal).ToList(),
            }),
            cypher.Query(CypherQuery.PersonsByWikidataIds, new Dictionary<string, object?> { ["ids"] = persons.Select(p => p.WikidataId).OfType<string>().Distinct(StringComparer.Ordinal).ToList() }),
            cypher.Query(CypherQuery.PersonsBySurnameKeys, new Dictionary<string, object?>
            {
                ["keys"] = persons.Select(p => catalog.FoldPersonName(p.Name)).Where(PersonMatching.MaySurnameMatch).Distinct(StringComparer.Ordinal).ToList(),
            }),
        ];
    }

    /// <summary>
    /// Resolves every article given what the lookups found: the result of each (an article stored before, or earlier
    /// in the batch, is not new), and the statements that write the new ones, empty when none is.
    /// </summary>
    public (IReadOnlyList<UpsertResult> Results, IReadOnlyList<CypherStatement> Writes) Resolve(IReadOnlyList<CypherResult> lookups, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(lookups);
        var stored = lookups[0].Rows.Select(r => r[0].RequiredString()).ToHashSet(StringComparer.Ordinal);
        var people = new KnownPeople(lookups);
        var ingestedAt = now.ToString("O", CultureInfo.InvariantCulture);
        var results = new List<UpsertResult>(graphs.Count);
        for (var i = 0; i < graphs.Count; i++)
        {
            var graph = graphs[i];
            var articleId = _articleIds[i];
            if (!stored.Add(articleId))
            {
                results.Add(new UpsertResult(articleId, false, graph.Persons.Count, graph.Meetings.Count));
                continue;
            }

            results.Add(new UpsertResult(articleId, true, graph.Persons.Count, AddArticle(articleId, graph, people, ingestedAt)));
        }

        List<CypherStatement> statements = [];
        Add(statements, CypherQuery.CreateArticles, _articleRows);
        Add(statements, CypherQuery.MergeCountries, _countryNames.Select(c => new { Code = c.Key, Name = c.Value }));
        Add(statements, CypherQuery.MergePersons, _personRows.Values);
        Add(statements, CypherQuery.AddPersonAliases, _aliasRows);
        Add(statements, CypherQuery.MentionCountries, _countryMentionRows);
        Add(statements, CypherQuery.MentionPersons, _personMentionRows);
        Add(statements, CypherQuery.MergeOffices, _officeRows.Values);
        Add(statements, CypherQuery.MergeOrganizations, _organizationRows.Values);
        Add(statements, CypherQuery.MentionOrganizations, _organizationMentionRows);
        Add(statements, CypherQuery.MergePlaces, _placeRows.Values);
        Add(statements, CypherQuery.CreateMeetingReports, _reportRows);
        return (results, statements);
    }

    /// <summary>Adds one new article's rows; returns how many of its meetings are written.</summary>
    private int AddArticle(string articleId, ArticleGraph graph, KnownPeople people, string ingestedAt)
    {
        var article = graph.Article;
        _articleRows.Add(new
        {
            Id = articleId, article.Title, article.Url, article.Source, article.PublishedAt, IngestedAt = ingestedAt, article.Text, article.RecordId,
        });

        var persons = graph.Persons;
        var places = graph.Places.Select(p => (p.Name, Country: StoredValues.CountryCode(p.Country), p.Kind)).ToList();
        var meetingPlaces = graph.Meetings.Where(m => m.Place is not null)
            .Select(m => (Name: m.Place!, Country: StoredValues.CountryCode(StoredValues.PlaceCountry(graph, m)), Kind: "city"))
            .ToList();
        var countryCodes = graph.Countries.Concat(persons.Select(p => p.Country)).Concat(graph.Meetings.Select(m => m.Country))
            .Concat(graph.Organizations.Select(o => o.Country)).Concat(persons.SelectMany(p => p.Offices.Select(o => o.Country)))
            .Select(StoredValues.CountryCode).Concat(places.Concat(meetingPlaces).Select(p => p.Country)).OfType<string>();
        foreach (var code in countryCodes)
        {
            if (!_countryNames.ContainsKey(code))
            {
                _countryNames[code] = catalog.FindCountry(code)?.Name ?? code;
            }
        }

        var idByForm = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var person in persons)
        {
            var key = catalog.FoldPersonName(person.Name);
            var country = StoredValues.CountryCode(person.Country);
            var byName = people.ByKeys(PersonMatching.LookupKeys(catalog, person)).Concat(people.ByWikidataId(person.WikidataId));
            var bySurname = PersonMatching.MaySurnameMatch(key) ? people.BySurname(key) : [];
            var match = PersonMatching.Choose(byName, bySurname, key, country, person.WikidataId);
            var fuller = match is not null && match.WikidataId is null && PersonMatching.IsFuller(catalog, key, match);
            var id = match?.Id ?? PersonMatching.NewId(person.Name, country, people.IsTaken);
            var wikidataId = match?.WikidataId ?? person.WikidataId;
            var row = new PersonRow(id, person.Name, key, NameFolding.Surname(key), country, fuller, wikidataId);
            _personRows[id] = _personRows.TryGetValue(id, out var earlier) ? earlier.Then(row) : row;

            var aliases = new List<string>();
            if (fuller)
            {
                aliases.Add(match!.Name);
            }

            aliases.AddRange(person.Aliases.Append(person.Name));
            foreach (var alias in aliases)
            {
                var aliasKey = catalog.FoldPersonName(alias);
                if (_aliasesAdded.Add((id, aliasKey)))
                {
                    _aliasRows.Add(new { PersonId = id, Alias = alias, Key = aliasKey });
                }
            }

            people.Remember(id, match is null || fuller ? person.Name : match.Name, match is null || fuller ? key : null, country, wikidataId, aliases.Select(catalog.FoldPersonName));
            foreach (var form in person.Aliases.Append(person.Name))
            {
                idByForm.TryAdd(catalog.FoldPersonName(form), id);
            }

            foreach (var office in person.Offices)
            {
                var officeRow = new OfficeRow(NodeIds.Office(office.Title, office.Country), office.Title, StoredValues.CountryCode(office.Country), id, article.PublishedAt,
                    articleId, OfficeKinds.Text(OfficeKinds.Default.Classify(office.Title, office.Country)), NameFolding.Fold(office.Title));
                _officeRows[(id, officeRow.OfficeId)] = _officeRows.TryGetValue((id, officeRow.OfficeId), out var held) ? held.Then(officeRow) : officeRow;
            }
        }

        foreach (var code in graph.Countries.Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal))
        {
            _countryMentionRows.Add(new { ArticleId = articleId, Id = code });
        }

        foreach (var id in idByForm.Values.Distinct(StringComparer.Ordinal))
        {
            _personMentionRows.Add(new { ArticleId = articleId, Id = id });
        }

        foreach (var organization in graph.Organizations)
        {
            var id = NodeIds.Organization(organization.Name);
            _organizationRows.TryAdd(id, new { Id = id, organization.Name, Country = StoredValues.CountryCode(organization.Country) });
        }

        foreach (var id in graph.Organizations.Select(o => NodeIds.Organization(o.Name)).Distinct(StringComparer.Ordinal))
        {
            _organizationMentionRows.Add(new { ArticleId = articleId, Id = id });
        }

        foreach (var place in places.Concat(meetingPlaces))
        {
            var id = NodeIds.Place(place.Name, place.Country);
            _placeRows.TryAdd(id, new { Id = id, place.Name, place.Kind, place.Country });
        }

        var written = 0;
        for (var position = 0; position < graph.Meetings.Count; position++)
        {
            var meeting = graph.Meetings[position];
            var participants = StoredValues.ParticipantIds(meeting, catalog, idByForm);
            if (participants.Count < 2)
            {
                continue; // a meeting needs two people the article names
            }

            var placeId = meeting.Place is null ? null : NodeIds.Place(meeting.Place, StoredValues.CountryCode(StoredValues.PlaceCountry(graph, meeting)));
            var report = MeetingReport.Of(meeting, articleId, position, participants, placeId, graph.Article.PublishedAt);
            _reportRows.Add(new
            {
                report.Id, report.ArticleId, report.ParticipantsKey, report.Date, report.EndDate, report.Status, report.Mode, report.Country, report.PlaceId,
                report.Evidence, WindowFrom = report.Window?.From, WindowTo = report.Window?.To, report.Gathering, report.GroupKey,
            });
            AddedReports.Add(report);
            written++;
        }

        return written;
    }

    private void Add<T>(List<CypherStatement> statements, CypherQuery name, IEnumerable<T> rows)
    {
        var list = rows.Cast<object>().ToList();
        if (list.Count > 0)
        {
            statements.Add(cypher.Query(name, new Dictionary<string, object?> { ["rows"] = list }));
        }
    }

    /// <summary>
    /// One row per person for the whole batch, folding the rows of its mentions as <c>MergePersons</c> would apply
    /// them one after another: the first values create it, a country or Wikidata item once known is kept, and the
    /// last fuller name wins.
    /// </summary>
    private sealed record PersonRow(string Id, string Name, string NameKey, string SurnameKey, string? Country, bool Fuller, string? WikidataId)
    {
        public PersonRow Then(PersonRow next)
        {
            var named = next.Fuller ? next : this;
            return this with
            {
                Name = named.Name, NameKey = named.NameKey, SurnameKey = named.SurnameKey, Fuller = Fuller || next.Fuller,
                Country = Country ?? next.Country, WikidataId = WikidataId ?? next.WikidataId,
            };
        }
    }

    /// <summary>
    /// One row per person and office for the whole batch, as <c>MergeOffices</c> would apply its mentions one after
    /// another: the first article is the one recorded, the earliest publication date the one kept.
    /// </summary>
    private sealed record OfficeRow(string OfficeId, string Title, string? Country, string PersonId, string? AsOf, string ArticleId, string Kind, string TitleKey)
    {
        public OfficeRow Then(OfficeRow next) =>
            this with { AsOf = AsOf is null || (next.AsOf is not null && string.CompareOrdinal(next.AsOf, AsOf) < 0) ? next.AsOf : AsOf };
    }
}
