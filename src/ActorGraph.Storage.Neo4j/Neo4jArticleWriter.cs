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
/// Writes one article's graph in two round trips: the lookups (is the article stored, which stored people do its
/// mentions match), then every write as batched <c>UNWIND</c> statements committed together.
/// </summary>
internal sealed class Neo4jArticleWriter(CypherCatalog cypher, ReferenceCatalog catalog, string articleId, ArticleGraph graph)
{
    private readonly List<PersonMention> _persons = graph.Persons.ToList();

    public int MeetingsWritten { get; private set; }

    /// <summary>The groups of participants this article reported a meeting of, whose meetings are to be derived again.</summary>
    public HashSet<string> TouchedParticipants { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// First round trip. Result 0 says whether the article exists; 1 and 2 are people by name and alias, 3 the ids
    /// taken, 4 people by Wikidata item, 5… people by surname.
    /// </summary>
    public IReadOnlyList<CypherStatement> Lookups()
    {
        var keys = _persons.SelectMany(p => PersonMatching.LookupKeys(catalog, p)).Distinct(StringComparer.Ordinal).ToList();
        var statements = new List<CypherStatement>
        {
            cypher.Query("ArticleExists", new Dictionary<string, object?> { ["id"] = articleId }),
            cypher.Query("PersonsByNameKey", new Dictionary<string, object?> { ["keys"] = keys }),
            cypher.Query("PersonsByAliasKey", new Dictionary<string, object?> { ["keys"] = keys }),
            cypher.Query("PersonIdsTaken", new Dictionary<string, object?>
            {
                ["ids"] = _persons.SelectMany(p => PersonMatching.CandidateIds(p.Name, StoredValues.CountryCode(p.Country))).Distinct().ToList(),
            }),
            cypher.Query("PersonsByWikidataIds", new Dictionary<string, object?> { ["ids"] = _persons.Select(p => p.WikidataId).OfType<string>().Distinct().ToList() }),
        };
        statements.AddRange(SurnameKeys().Select(k => cypher.Query("PersonsBySurnameKey", new Dictionary<string, object?> { ["key"] = k })));
        return statements;
    }

    public static bool AlreadyStored(IReadOnlyList<CypherResult> lookups) => lookups[0].Rows[0][0].Number() > 0;

    /// <summary>Second round trip: everything the article adds, given what the lookups found.</summary>
    public IReadOnlyList<CypherStatement> Writes(IReadOnlyList<CypherResult> lookups, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(lookups);
        var people = new KnownPeople(lookups);
        var article = graph.Article;
        var statements = new List<CypherStatement>
        {
            cypher.Query("CreateArticle", new Dictionary<string, object?>
            {
                ["id"] = articleId, ["title"] = article.Title, ["url"] = article.Url, ["source"] = article.Source,
                ["publishedAt"] = article.PublishedAt, ["ingestedAt"] = now.ToString("O", CultureInfo.InvariantCulture), ["text"] = article.Text, ["recordId"] = article.RecordId,
            }),
        };

        var places = graph.Places.Select(p => (p.Name, Country: StoredValues.CountryCode(p.Country), p.Kind)).ToList();
        var meetingPlaces = graph.Meetings.Where(m => m.Place is not null)
            .Select(m => (Name: m.Place!, Country: StoredValues.CountryCode(StoredValues.PlaceCountry(graph, m)), Kind: "city"))
            .ToList();
        var countryCodes = graph.Countries.Concat(_persons.Select(p => p.Country)).Concat(graph.Meetings.Select(m => m.Country))
            .Concat(graph.Organizations.Select(o => o.Country)).Concat(_persons.SelectMany(p => p.Offices.Select(o => o.Country)))
            .Select(StoredValues.CountryCode).Concat(places.Concat(meetingPlaces).Select(p => p.Country)).OfType<string>().Distinct().ToList();
        Add(statements, "MergeCountries", countryCodes.Select(c => new { Code = c, Name = catalog.FindCountry(c)?.Name ?? c }));

        var personRows = new List<object>();
        var aliasRows = new List<object>();
        var aliasSeen = new HashSet<(string, string)>();
        var idByForm = new Dictionary<string, string>(StringComparer.Ordinal);
        var officeRows = new List<object>();
        foreach (var person in _persons)
        {
            var key = catalog.FoldPersonName(person.Name);
            var country = StoredValues.CountryCode(person.Country);
            var byName = people.ByKeys(PersonMatching.LookupKeys(catalog, person)).Concat(people.ByWikidataId(person.WikidataId));
            var bySurname = PersonMatching.MaySurnameMatch(key) ? people.BySurname(key) : [];
            var match = PersonMatching.Choose(byName, bySurname, key, country, person.WikidataId);
            var fuller = match is not null && match.WikidataId is null && PersonMatching.IsFuller(catalog, key, match);
            var id = match?.Id ?? PersonMatching.NewId(person.Name, country, people.IsTaken);
            var wikidataId = match?.WikidataId ?? person.WikidataId;
            personRows.Add(new { Id = id, person.Name, NameKey = key, SurnameKey = NameFolding.Surname(key), Country = country, Fuller = fuller, WikidataId = wikidataId });

            var aliases = new List<string>();
            if (fuller)
            {
                aliases.Add(match!.Name);
            }

            aliases.AddRange(person.Aliases.Append(person.Name));
            foreach (var alias in aliases)
            {
                var aliasKey = catalog.FoldPersonName(alias);
                if (aliasSeen.Add((id, aliasKey)))
                {
                    aliasRows.Add(new { PersonId = id, Alias = alias, Key = aliasKey });
                }
            }

            people.Remember(id, match is null || fuller ? person.Name : match.Name, match is null || fuller ? key : null, country, wikidataId, aliases.Select(catalog.FoldPersonName));
            foreach (var form in person.Aliases.Append(person.Name))
            {
                idByForm.TryAdd(catalog.FoldPersonName(form), id);
            }

            foreach (var office in person.Offices)
            {
                officeRows.Add(new
                {
                    OfficeId = NodeIds.Office(office.Title, office.Country), office.Title, Country = StoredValues.CountryCode(office.Country), PersonId = id,
                    AsOf = article.PublishedAt, ArticleId = articleId, Kind = OfficeKinds.Text(OfficeKinds.Default.Classify(office.Title, office.Country)),
                    TitleKey = NameFolding.Fold(office.Title),
                });
            }
        }

        Add(statements, "MergePersons", personRows);
        Add(statements, "AddPersonAliases", aliasRows);
        AddIds(statements, "MentionCountries", graph.Countries.Select(c => c.ToUpperInvariant()).Distinct());
        AddIds(statements, "MentionPersons", idByForm.Values.Distinct());
        Add(statements, "MergeOffices", officeRows);
        Add(statements, "MergeOrganizations", graph.Organizations.Select(o => new { Id = NodeIds.Organization(o.Name), o.Name, Country = StoredValues.CountryCode(o.Country) }));
        AddIds(statements, "MentionOrganizations", graph.Organizations.Select(o => NodeIds.Organization(o.Name)).Distinct());
        Add(statements, "MergePlaces", places.Concat(meetingPlaces).Select(p => new { Id = NodeIds.Place(p.Name, p.Country), p.Name, p.Kind, p.Country }));

        var reportRows = new List<object>();
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
            reportRows.Add(new
            {
                report.Id, report.ArticleId, report.ParticipantsKey, report.Date, report.EndDate, report.Status, report.Mode, report.Country, report.PlaceId,
                report.Evidence, WindowFrom = report.Window?.From, WindowTo = report.Window?.To, report.Gathering, report.GroupKey,
            });
            TouchedParticipants.Add(report.GroupKey);
            MeetingsWritten++;
        }

        Add(statements, "CreateMeetingReports", reportRows);
        return statements;
    }

    private IEnumerable<string> SurnameKeys() =>
        _persons.Select(p => catalog.FoldPersonName(p.Name)).Where(PersonMatching.MaySurnameMatch).Distinct(StringComparer.Ordinal);

    private void Add<T>(List<CypherStatement> statements, string name, IEnumerable<T> rows)
    {
        var list = rows.Cast<object>().ToList();
        if (list.Count > 0)
        {
            statements.Add(cypher.Query(name, new Dictionary<string, object?> { ["rows"] = list }));
        }
    }

    private void AddIds(List<CypherStatement> statements, string name, IEnumerable<string> ids)
    {
        var list = ids.ToList();
        if (list.Count > 0)
        {
            statements.Add(cypher.Query(name, new Dictionary<string, object?> { ["ids"] = list, ["articleId"] = articleId }));
        }
    }
}
