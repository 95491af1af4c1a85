using System.Globalization;
using System.Text.Json;
using ActorGraph.Core.Annotation;
using ActorGraph.Core.Identity;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using ActorGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite;

/// <summary>
/// Writes one article's graph inside the caller's transaction, merging people and meetings with what is stored.
/// People and their aliases are written at once (the next article's lookups must find them); the other rows go to the batch's
/// <see cref="SqliteBatchRows"/>.
/// </summary>
internal sealed class SqliteArticleWriter(PreparedStatements statements, SqliteBatchRows rows, ReferenceCatalog catalog, string articleId, ArticleGraph graph)
{
    private readonly Dictionary<string, string> _personIdByForm = new(StringComparer.Ordinal);

    public int MeetingsWritten { get; private set; }

    /// <summary>The reports this article added.</summary>
    public List<MeetingReport> AddedReports { get; } = [];

    public async Task WriteAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var article = graph.Article;
        rows.Article(articleId, article.Title, article.Url, article.Source, article.PublishedAt, now.ToString("O", CultureInfo.InvariantCulture), article.Text, article.RecordId);

        foreach (var code in graph.Countries.Concat(graph.Persons.Select(p => p.Country)).Concat(graph.Meetings.Select(m => m.Country))
                     .Concat(graph.Organizations.Select(o => o.Country)).Concat(graph.Places.Select(p => p.Country))
                     .Concat(graph.Persons.SelectMany(p => p.Offices.Select(o => o.Country))).OfType<string>().Distinct())
        {
            await EnsureCountryAsync(code, cancellationToken);
        }

        foreach (var code in graph.Countries.Distinct())
        {
            rows.Mention(code.ToUpperInvariant(), "country", articleId);
        }

        foreach (var person in graph.Persons)
        {
            var id = await ResolvePersonAsync(person, cancellationToken);
            foreach (var form in person.Aliases.Append(person.Name))
            {
                _personIdByForm.TryAdd(catalog.FoldPersonName(form), id);
            }

            rows.Mention(id, "person", articleId);
            foreach (var office in person.Offices)
            {
                var officeId = NodeIds.Office(office.Title, office.Country);
                rows.Office(officeId, office.Title, StoredValues.CountryCode(office.Country), OfficeKinds.Text(OfficeKinds.Default.Classify(office.Title, office.Country)),
                    NameFolding.Fold(office.Title));
                rows.Holds(id, officeId, article.PublishedAt, articleId);
            }
        }

        foreach (var org in graph.Organizations)
        {
            var id = NodeIds.Organization(org.Name);
            rows.Organization(id, org.Name, StoredValues.CountryCode(org.Country));
            rows.Mention(id, "organization", articleId);
        }

        foreach (var place in graph.Places)
        {
            await EnsurePlaceAsync(place.Name, place.Country, place.Kind, cancellationToken);
        }

        for (var position = 0; position < graph.Meetings.Count; position++)
        {
            await WriteMeetingReportAsync(graph.Meetings[position], position, cancellationToken);
        }
    }

    /// <summary>
    /// Keeps the article's account of a meeting as a report; the store then derives the meetings of every group of
    /// participants a batch touched (<see cref="SqliteMeetingClusters"/>).
    /// </summary>
    private async Task WriteMeetingReportAsync(MeetingMention meeting, int position, CancellationToken cancellationToken)
    {
        var participants = StoredValues.ParticipantIds(meeting, catalog, _personIdByForm);
        if (participants.Count < 2)
        {
            return; // a meeting needs two people the article names
        }

        string? placeId = null;
        if (meeting.Place is not null)
        {
            placeId = await EnsurePlaceAsync(meeting.Place, StoredValues.PlaceCountry(graph, meeting), "city", cancellationToken);
        }

        var report = MeetingReport.Of(meeting, articleId, position, participants, placeId, graph.Article.PublishedAt);
        AddedReports.Add(report);
        rows.Report([report.Id, report.ArticleId, report.ParticipantsKey, report.Date, report.EndDate, report.Status, report.Mode, report.PlaceId, report.Country,
            report.Window?.From, report.Window?.To, report.Evidence, report.Gathering, report.GroupKey]);
        MeetingsWritten++;
    }

    /// <summary>The stored person this mention is (see <see cref="PersonMatching"/>), or a new person.</summary>
    private async Task<string> ResolvePersonAsync(PersonMention person, CancellationToken cancellationToken)
    {
        var key = catalog.FoldPersonName(person.Name);
        var country = StoredValues.CountryCode(person.Country);
        var byName = await statements.QueryAsync("""
            SELECT id, name, country, wikidata_id FROM persons WHERE name_key IN (SELECT value FROM json_each($keys)) OR wikidata_id = $wikidata
            UNION SELECT p.id, p.name, p.country, p.wikidata_id FROM person_aliases a JOIN persons p ON p.id = a.person_id
                  WHERE a.alias_key IN (SELECT value FROM json_each($keys));
            """, ReadStoredPerson, cancellationToken, ("$keys", JsonSerializer.Serialize(PersonMatching.LookupKeys(catalog, person))), ("$wikidata", person.WikidataId));
        var bySurname = PersonMatching.MaySurnameMatch(key)
            ? await statements.QueryAsync("SELECT id, name, country, wikidata_id FROM persons WHERE surname_key = $k;", ReadStoredPerson, cancellationToken, ("$k", key))
            : [];

        string id;
        if (PersonMatching.Choose(byName, bySurname, key, country, person.WikidataId) is { } match)
        {
            id = match.Id;
            var fuller = PersonMatching.IsFuller(catalog, key, match) && match.WikidataId is null;
            await Exec("""
                UPDATE persons SET country = COALESCE(country, $country), in_sources = 1, wikidata_id = COALESCE(wikidata_id, $wikidata),
                    name = CASE WHEN $fuller THEN $name ELSE name END,
                    name_key = CASE WHEN $fuller THEN $key ELSE name_key END,
                    surname_key = CASE WHEN $fuller THEN $surname ELSE surname_key END
                WHERE id = $id;
                """, cancellationToken, ("$id", id), ("$country", country), ("$fuller", fuller), ("$name", person.Name), ("$key", key), ("$surname", NameFolding.Surname(key)),
                ("$wikidata", match.WikidataId is null ? person.WikidataId : null));
            if (fuller)
            {
                await AddAliasAsync(id, match.Name, cancellationToken);
            }
        }
        else
        {
            var taken = (await statements.QueryAsync("SELECT id FROM persons WHERE id IN (SELECT value FROM json_each($ids));", r => r.GetString(0), cancellationToken,
                ("$ids", JsonSerializer.Serialize(PersonMatching.CandidateIds(person.Name, country))))).ToHashSet(StringComparer.Ordinal);
            id = PersonMatching.NewId(person.Name, country, taken.Contains);
            await Exec("INSERT OR IGNORE INTO persons (id, name, name_key, surname_key, country, wikidata_id) VALUES ($id, $name, $key, $surname, $country, $wikidata);", cancellationToken,
                ("$id", id), ("$name", person.Name), ("$key", key), ("$surname", NameFolding.Surname(key)), ("$country", country), ("$wikidata", person.WikidataId));
        }

        foreach (var alias in person.Aliases.Append(person.Name))
        {
            await AddAliasAsync(id, alias, cancellationToken);
        }

        return id;
    }

    private static StoredPerson ReadStoredPerson(SqliteDataReader r) => new(r.GetString(0), r.GetString(1), r.NullableString(2), r.NullableString(3));

    /// <summary>Adds an alias at once (the next article's person lookups search aliases), once per batch.</summary>
    private async Task AddAliasAsync(string personId, string alias, CancellationToken cancellationToken)
    {
        var key = catalog.FoldPersonName(alias);
        if (rows.FirstTimeAlias(personId, key))
        {
            await Exec("INSERT OR IGNORE INTO person_aliases (person_id, alias, alias_key) VALUES ($p, $alias, $key);", cancellationToken,
                ("$p", personId), ("$alias", alias), ("$key", key));
        }
    }

    private async Task<string> EnsurePlaceAsync(string name, string? country, string kind, CancellationToken cancellationToken)
    {
        var id = NodeIds.Place(name, country);
        await EnsureCountryAsync(country, cancellationToken);
        rows.Place(id, name, kind, StoredValues.CountryCode(country));
        return id;
    }

    private async Task EnsureCountryAsync(string? code, CancellationToken cancellationToken)
    {
        if (StoredValues.CountryCode(code) is not { } normalized || !rows.FirstTimeCountry(normalized))
        {
            return;
        }

        var name = catalog.FindCountry(normalized)?.Name ?? normalized;
        await Exec("INSERT INTO countries (code, name) VALUES ($code, $name) ON CONFLICT (code) DO UPDATE SET in_sources = 1;", cancellationToken, ("$code", normalized), ("$name", name));
    }

    private Task<int> Exec(string sql, CancellationToken cancellationToken, params (string, object?)[] parameters) =>
        statements.ExecuteAsync(sql, cancellationToken, parameters);
}
