using System.Globalization;
using System.Text.Json;
using ActorGraph.Core.Model;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using ActorGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite;

/// <summary>The read side on SQLite. Lists of ids travel as one JSON parameter read with json_each, never as SQL text.</summary>
public sealed class SqliteGraphQueries(SqliteConnectionFactory connections, ReferenceCatalog catalog, TimeProvider time) : IGraphQueries
{
    private const string MeetingSelect = """
        SELECT m.id, m.date, m.status, m.mode, pl.name, m.country,
               (SELECT json_group_array(person_id) FROM (SELECT person_id FROM attended WHERE meeting_id = m.id ORDER BY person_id)), m.end_date,
               m.window_from, m.window_to
        """ + "\n";

    private const string MeetingColumns = MeetingSelect + " FROM meetings m LEFT JOIN places pl ON pl.id = m.place_id";

    // Bounds of attended.meeting_order for a date range: without one every meeting, undated ones ('~') too; with one,
    // only dated meetings in it, as "m.date >= $from AND m.date <= $to" would have it.
    private const string NoUpperBound = "~~";
    private const string LatestDate = "9999-99-99";

    // Filters of a meeting list beyond its participant and dates (the parameters are null when not asked for).
    private const string CountryAndStatus = """
         ($country IS NULL OR m.country = $country OR EXISTS (SELECT 1 FROM attended c JOIN persons p ON p.id = c.person_id WHERE c.meeting_id = m.id AND p.country = $country))
        AND ($status IS NULL OR m.status = $status)
        """ + "\n";

    private const string PersonColumns = """
        SELECT p.id, p.name, p.country, (SELECT json_group_array(alias) FROM (SELECT alias FROM person_aliases WHERE person_id = p.id AND alias <> p.name ORDER BY alias)),
               p.wikidata_id, p.in_sources
        FROM persons p
        """;

    // Offices a source states (holds) and terms of the office-holders table (office_terms), in one shape.
    private const string OfficeColumns = """
        SELECT h.person_id, o.title, o.country, o.kind, NULL, NULL, NULL, h.as_of, 'article' FROM holds h JOIN offices o ON o.id = h.office_id
        WHERE h.person_id IN (SELECT value FROM json_each($ids))
        UNION ALL
        SELECT t.person_id, o.title, o.country, o.kind, t.from_date, t.to_date, t.confirmed_until, NULL, t.source FROM office_terms t JOIN offices o ON o.id = t.office_id
        WHERE t.person_id IN (SELECT value FROM json_each($ids))
        """;

    public async Task<PersonSummary> ResolvePersonAsync(string idOrName, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await ResolveAsync(connection, idOrName, cancellationToken);
    }

    public async Task<IReadOnlyList<PersonSummary>> SearchPersonsAsync(string text, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = catalog.FoldPersonName(text);
        await using var connection = await connections.OpenAsync(cancellationToken);

        // Three plain characters or more: the trigram index finds the names (its LIKE has no ESCAPE, so text with a
        // wildcard character takes the scan). Shorter text matches so many names that the scan is as quick.
        var indexed = key.Length >= 3 && key.AsSpan().IndexOfAny("%_\\") < 0;
        return await SqlRunner.QueryAsync(connection, null, PersonColumns + (indexed
            ? " WHERE p.id IN (SELECT person_id FROM person_search WHERE key LIKE $pattern)"
            : " " + """
              WHERE p.id IN (SELECT id FROM persons WHERE name_key LIKE $pattern ESCAPE '\' UNION SELECT person_id FROM person_aliases WHERE alias_key LIKE $pattern ESCAPE '\')
              """) + """

             ORDER BY (SELECT COUNT(*) FROM attended WHERE person_id = p.id) DESC, p.name
             LIMIT $limit;
            """, ReadPerson, cancellationToken, ("$pattern", "%" + (indexed ? key : EscapeLike(key)) + "%"), ("$limit", Math.Clamp(limit, 1, 500)));
    }

    public async Task<PersonDetails> GetPersonAsync(string idOrName, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var person = await ResolveAsync(connection, idOrName, cancellationToken);
        var offices = (await OfficesOfAsync(connection, [person.Id], cancellationToken)).GetValueOrDefault(person.Id) ?? [];
        var count = Convert.ToInt32(await SqlRunner.ScalarAsync(connection, null, "SELECT COUNT(*) FROM attended WHERE person_id = $id;", cancellationToken, ("$id", person.Id)), System.Globalization.CultureInfo.InvariantCulture);
        return new PersonDetails(person, offices, count);
    }

    public async Task<IReadOnlyDictionary<string, PersonSummary>> GetPersonsByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await PersonsAsync(connection, ids, cancellationToken)).ToDictionary(p => p.Id);
    }

    public async Task<IReadOnlyList<MeetingRecord>> FindMeetingsAsync(MeetingFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await connections.OpenAsync(cancellationToken);
        var participant = filter.Participant is null ? null : (await ResolveAsync(connection, filter.Participant, cancellationToken)).Id;
        var country = filter.Country is null ? null : catalog.RequireCountryCode(filter.Country);
        var meetings = await ReadMeetingPageAsync(connection, participant, country, filter, null, int.MaxValue, cancellationToken);
        if (filter.CounterpartOffice is null)
        {
            return meetings;
        }

        var offices = await OfficesOfAsync(connection, meetings.SelectMany(m => m.ParticipantIds).Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        return MeetingRecords.WithParticipantInOffice(meetings, participant, offices, OfficeKinds.Default.Query(filter.CounterpartOffice));
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<MeetingSource>>> GetSourcesByMeetingIdsAsync(IReadOnlyCollection<string> meetingIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meetingIds);
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await SqlRunner.QueryAsync(connection, null, """
            SELECT s.meeting_id, a.id, a.title, a.url, a.source, a.published_at, s.evidence, a.record_id
            FROM meeting_sources s JOIN articles a ON a.id = s.article_id
            WHERE s.meeting_id IN (SELECT value FROM json_each($ids))
            ORDER BY a.published_at, a.id;
            """, r => new MeetingSource(r.GetString(0), r.GetString(1), r.GetString(2), r.NullableString(3), r.NullableString(4), r.NullableString(5), r.NullableString(6), r.NullableString(7)),
            cancellationToken, ("$ids", JsonSerializer.Serialize(meetingIds)));
        return rows.GroupBy(r => r.MeetingId).ToDictionary(g => g.Key, g => (IReadOnlyList<MeetingSource>)g.ToList());
    }

    public async Task<WhoMetResult> WhoMetAsync(string person, string? fromDate, string? toDate, string? counterpartOffice, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var center = await ResolveAsync(connection, person, cancellationToken);
        var meetings = await MeetingsOfAsync(connection, center.Id, fromDate, toDate, cancellationToken);
        var counterpartIds = CounterpartList.Ids(center.Id, meetings);
        var people = (await PersonsAsync(connection, counterpartIds, cancellationToken)).ToDictionary(p => p.Id);
        var counterparts = CounterpartList.Build(counterpartIds, meetings, people);
        if (counterpartOffice is not null)
        {
            var offices = await OfficesOfAsync(connection, counterpartIds, cancellationToken);
            counterparts = CounterpartList.InOffice(counterparts, offices, OfficeKinds.Default.Query(counterpartOffice));
        }

        return new WhoMetResult(center, counterparts);
    }

    public async Task<DidMeetResult> DidMeetAsync(string a, string b, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var first = await ResolveAsync(connection, a, cancellationToken);
        var second = await ResolveAsync(connection, b, cancellationToken);
        var meetings = await SqlRunner.QueryAsync(connection, null, MeetingColumns + """
             WHERE m.id IN (SELECT meeting_id FROM attended WHERE person_id = $a INTERSECT SELECT meeting_id FROM attended WHERE person_id = $b)
             ORDER BY m.date IS NULL, m.date, m.id;
            """, ReadMeeting, cancellationToken, ("$a", first.Id), ("$b", second.Id));
        return new DidMeetResult(first, second, meetings);
    }

    public async Task<ConnectionPath?> ConnectionAsync(string source, string target, int maxHops, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var from = await ResolveAsync(connection, source, cancellationToken);
        var to = await ResolveAsync(connection, target, cancellationToken);
        var path = await MeetingGraphSearch.ShortestPathAsync(from.Id, to.Id, maxHops, ids => NeighboursAsync(connection, ids, cancellationToken));
        if (path is null)
        {
            return null;
        }

        var people = (await PersonsAsync(connection, path.Value.Persons, cancellationToken)).ToDictionary(p => p.Id);
        var meetings = (await MeetingsByIdsAsync(connection, path.Value.Meetings, cancellationToken)).ToDictionary(m => m.Id);
        return new ConnectionPath(path.Value.Persons.Select(id => people[id]).ToList(), path.Value.Meetings.Select(id => meetings[id]).ToList());
    }

    public async Task<PersonNetwork> NetworkAsync(string person, int depth, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var center = await ResolveAsync(connection, person, cancellationToken);
        var (distances, edges) = await MeetingGraphSearch.NeighbourhoodAsync(center.Id, depth, ids => NeighboursAsync(connection, ids, cancellationToken));
        var people = (await PersonsAsync(connection, distances.Keys.ToList(), cancellationToken)).ToDictionary(p => p.Id);
        var nodes = distances.OrderBy(d => d.Value).ThenBy(d => people[d.Key].Name, StringComparer.Ordinal).Select(d => new NetworkNode(people[d.Key], d.Value)).ToList();
        return new PersonNetwork(center, nodes, edges);
    }

    public async Task<CountryContacts> CountryContactsAsync(string country, CancellationToken cancellationToken)
    {
        var code = catalog.RequireCountryCode(country);
        var name = catalog.FindCountry(code)?.Name ?? code;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var contacts = await SqlRunner.QueryAsync(connection, null, """
            SELECT pairs.other, COALESCE(c.name, pairs.other), pairs.n
            FROM (SELECT other, COUNT(*) AS n FROM meeting_country_pairs WHERE country = $code GROUP BY other) pairs
            LEFT JOIN countries c ON c.code = pairs.other
            ORDER BY pairs.n DESC, pairs.other;
            """, r => new CountryContact(r.GetString(0), r.GetString(1), r.GetInt32(2)), cancellationToken, ("$code", code));
        return new CountryContacts(code, name, contacts);
    }

    public async Task<IReadOnlyList<OfficeHolderResult>> OfficeHoldersAsync(string country, string office, string? onDate, CancellationToken cancellationToken)
    {
        var code = catalog.RequireCountryCode(country);
        var query = OfficeKinds.Default.Query(office);
        var on = OfficeDates.Parse(onDate, time);
        await using var connection = await connections.OpenAsync(cancellationToken);
        var candidates = await SqlRunner.QueryAsync(connection, null, """
            SELECT t.person_id, o.title, o.country, o.kind, t.from_date, t.to_date, t.confirmed_until, NULL, t.source
            FROM offices o JOIN office_terms t ON t.office_id = o.id
            WHERE o.country = $country AND (o.kind = $kind OR o.title_key = $title)
              AND (t.from_earliest IS NULL OR t.from_earliest <= $last) AND (t.to_latest IS NULL OR t.to_latest >= $first);
            """, ReadOffice, cancellationToken, ("$country", code), ("$kind", query.Kind is { } k ? OfficeKinds.Text(k) : null), ("$title", query.TitleKey),
            ("$first", Iso(on.Earliest)), ("$last", Iso(on.Latest)));
        var holders = OfficeAnswers.HoldersOn(candidates, query, on);
        var people = (await PersonsAsync(connection, holders.Select(h => h.PersonId).ToList(), cancellationToken)).ToDictionary(p => p.Id);
        return holders.Select(h => new OfficeHolderResult(people[h.PersonId], h.Office, h.Approximate)).ToList();
    }

    public async Task<IReadOnlyList<MeetingRecord>> TimelineAsync(string person, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var center = await ResolveAsync(connection, person, cancellationToken);
        return await MeetingsOfAsync(connection, center.Id, null, null, cancellationToken);
    }

    public async Task<CounterpartPage> CounterpartPageAsync(string personId, string? fromDate, string? toDate, string? counterpartOffice, int offset, int take,
        CancellationToken cancellationToken)
    {
        if (counterpartOffice is not null)
        {
            // Whether a counterpart held the office depends on each meeting's day: ranked after that test, in memory.
            return CounterpartPage.Of((await WhoMetAsync(personId, fromDate, toDate, counterpartOffice, cancellationToken)).Counterparts, offset, take);
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        var center = await ResolveAsync(connection, personId, cancellationToken);
        var (low, high) = (LowBound(fromDate), HighBound(fromDate, toDate));

        // Ranked in the store from the attended index alone (each row carries its meeting's date); only the page's
        // people and their meetings with the person are read after.
        var ranked = await SqlRunner.QueryAsync(connection, null, """
            WITH pairs AS (
                SELECT b.person_id AS id, COUNT(*) AS n, MIN(NULLIF(b.meeting_order, '~')) AS first, MAX(NULLIF(b.meeting_order, '~')) AS last
                FROM attended a JOIN attended b ON b.meeting_id = a.meeting_id AND b.person_id <> a.person_id
                WHERE a.person_id = $id AND a.meeting_order BETWEEN $low AND $high
                GROUP BY b.person_id)
            SELECT pairs.id, pairs.n, pairs.first, pairs.last, COUNT(*) OVER ()
            FROM pairs JOIN persons p ON p.id = pairs.id
            ORDER BY pairs.n DESC, COALESCE(pairs.first, '9999'), p.name, pairs.id
            LIMIT $take OFFSET $skip;
            """, r => (Id: r.GetString(0), Count: r.GetInt32(1), First: r.NullableString(2), Last: r.NullableString(3), Total: r.GetInt32(4)), cancellationToken,
            ("$id", center.Id), ("$low", low), ("$high", high), ("$take", take), ("$skip", offset));
        if (ranked.Count == 0)
        {
            var total = offset == 0 ? 0 : Convert.ToInt32(await SqlRunner.ScalarAsync(connection, null, """
                SELECT COUNT(DISTINCT b.person_id) FROM attended a JOIN attended b ON b.meeting_id = a.meeting_id AND b.person_id <> a.person_id
                WHERE a.person_id = $id AND a.meeting_order BETWEEN $low AND $high;
                """, cancellationToken, ("$id", center.Id), ("$low", low), ("$high", high)), CultureInfo.InvariantCulture);
            return new CounterpartPage([], total);
        }

        var ids = ranked.Select(r => r.Id).ToList();
        var people = (await PersonsAsync(connection, ids, cancellationToken)).ToDictionary(p => p.Id);
        // The person's meetings drive the join (CROSS JOIN keeps that order; the unary plus keeps the page's ids a
        // filter rather than one index seek per id and meeting), and only meetings with someone of the page are read.
        var together = await SqlRunner.QueryAsync(connection, null, MeetingSelect + """
            , b.person_id
            FROM attended a CROSS JOIN attended b ON b.meeting_id = a.meeting_id AND +b.person_id IN (SELECT value FROM json_each($ids))
            CROSS JOIN meetings m ON m.id = a.meeting_id LEFT JOIN places pl ON pl.id = m.place_id
            WHERE a.person_id = $id AND a.meeting_order BETWEEN $low AND $high
            ORDER BY a.meeting_order, a.meeting_id;
            """, r => (Counterpart: r.GetString(10), Meeting: ReadMeeting(r)), cancellationToken,
            ("$id", center.Id), ("$low", low), ("$high", high), ("$ids", JsonSerializer.Serialize(ids)));
        var meetingsOf = together.ToLookup(t => t.Counterpart, t => t.Meeting, StringComparer.Ordinal);
        return new CounterpartPage(
            ranked.Select(r => new Counterpart(people[r.Id], r.Count, r.First, r.Last, meetingsOf[r.Id].ToList())).ToList(),
            ranked[0].Total);
    }

    public async Task<MeetingPage> MeetingPageAsync(MeetingFilter filter, MeetingCursor? after, int take, bool countTotal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.CounterpartOffice is not null)
        {
            // Whether someone held the office depends on each meeting's day: filtered in memory, then cut.
            return MeetingPage.Of(await FindMeetingsAsync(filter, cancellationToken), after, take, countTotal);
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        var participant = filter.Participant is null ? null : (await ResolveAsync(connection, filter.Participant, cancellationToken)).Id;
        var country = filter.Country is null ? null : catalog.RequireCountryCode(filter.Country);
        var page = await ReadMeetingPageAsync(connection, participant, country, filter, after, take + 1, cancellationToken);
        int? total = countTotal ? await CountMeetingsAsync(connection, participant, country, filter, cancellationToken) : null;
        return new MeetingPage(page.Take(take).ToList(), page.Count > take, total);
    }

    /// <summary>
    /// Meetings in date order after a cursor, from an index in that order: a participant's from attended (which
    /// carries each meeting's date), all meetings from the meetings' own order index. Never more rows than asked for.
    /// </summary>
    private static async Task<List<MeetingRecord>> ReadMeetingPageAsync(SqliteConnection connection, string? participant, string? country, MeetingFilter filter,
        MeetingCursor? after, int take, CancellationToken cancellationToken)
    {
        (string, object?)[] parameters = [.. FilterParameters(participant, country, filter), ("$afterOrder", after?.Order ?? ""), ("$afterId", after?.Id ?? ""), ("$take", take)];
        return participant is not null
            ? await SqlRunner.QueryAsync(connection, null, MeetingSelect + """
                FROM attended a JOIN meetings m ON m.id = a.meeting_id LEFT JOIN places pl ON pl.id = m.place_id
                WHERE a.person_id = $participant AND a.meeting_order BETWEEN $low AND $high AND (a.meeting_order, a.meeting_id) > ($afterOrder, $afterId)
                  AND
                """ + CountryAndStatus + """
                ORDER BY a.meeting_order, a.meeting_id
                LIMIT $take;
                """, ReadMeeting, cancellationToken, parameters)
            : await SqlRunner.QueryAsync(connection, null, MeetingColumns + """
                 WHERE COALESCE(m.date, '~') BETWEEN $low AND $high AND (COALESCE(m.date, '~'), m.id) > ($afterOrder, $afterId)
                  AND
                """ + CountryAndStatus + """
                ORDER BY COALESCE(m.date, '~'), m.id
                LIMIT $take;
                """, ReadMeeting, cancellationToken, parameters);
    }

    private static async Task<int> CountMeetingsAsync(SqliteConnection connection, string? participant, string? country, MeetingFilter filter, CancellationToken cancellationToken)
    {
        var parameters = FilterParameters(participant, country, filter);
        var count = participant is not null && country is null && filter.Status is null
            ? await SqlRunner.ScalarAsync(connection, null, "SELECT COUNT(*) FROM attended WHERE person_id = $participant AND meeting_order BETWEEN $low AND $high;",
                cancellationToken, parameters)
            : participant is not null
                ? await SqlRunner.ScalarAsync(connection, null, """
                    SELECT COUNT(*) FROM attended a JOIN meetings m ON m.id = a.meeting_id
                    WHERE a.person_id = $participant AND a.meeting_order BETWEEN $low AND $high AND
                    """ + CountryAndStatus + ";", cancellationToken, parameters)
                : await SqlRunner.ScalarAsync(connection, null, "SELECT COUNT(*) FROM meetings m WHERE COALESCE(m.date, '~') BETWEEN $low AND $high AND " + CountryAndStatus + ";",
                    cancellationToken, parameters);
        return Convert.ToInt32(count, CultureInfo.InvariantCulture);
    }

    private async Task<PersonSummary> ResolveAsync(SqliteConnection connection, string idOrName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        var text = idOrName.Trim();
        if (text.StartsWith("person/", StringComparison.Ordinal))
        {
            var byId = await PersonsAsync(connection, [text], cancellationToken);
            return byId.Count == 1 ? byId[0] : throw PersonResolutionException.Unknown(text);
        }

        var key = catalog.FoldPersonName(text);
        if (key.Length == 0)
        {
            throw new PersonResolutionException("A person's name or id is required.");
        }

        var matches = await SqlRunner.QueryAsync(connection, null, PersonColumns + """
             WHERE p.id IN (SELECT id FROM persons WHERE name_key = $k UNION SELECT person_id FROM person_aliases WHERE alias_key = $k)
             ORDER BY p.name;
            """, ReadResolvable, cancellationToken, ("$k", key));
        if (matches.Count == 0 && !key.Contains(' ', StringComparison.Ordinal))
        {
            matches = await SqlRunner.QueryAsync(connection, null, PersonColumns + " WHERE p.surname_key = $k ORDER BY p.name;", ReadResolvable, cancellationToken, ("$k", key));
        }

        if (matches.Count == 0)
        {
            var named = await SqlRunner.QueryAsync(connection, null, "SELECT id, name, country, name_key FROM persons WHERE in_sources = 1;",
                r => (new PersonSummary(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), []), r.GetString(3)), cancellationToken);
            throw PersonResolutionException.Unknown(text, PersonSuggestions.Rank(key, named));
        }

        return await PersonResolution.ChooseAsync(text, matches, ids => OfficesOfAsync(connection, ids, cancellationToken));
    }

    private static (PersonSummary Person, bool InSources) ReadResolvable(SqliteDataReader r) => (ReadPerson(r), r.GetInt32(5) == 1);

    /// <summary>The offices of each person: the ones sources state and the terms of the office-holders table.</summary>
    private static async Task<Dictionary<string, IReadOnlyList<OfficeHeld>>> OfficesOfAsync(SqliteConnection connection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var rows = await SqlRunner.QueryAsync(connection, null, OfficeColumns, ReadOffice, cancellationToken, ("$ids", JsonSerializer.Serialize(ids)));
        return rows.GroupBy(r => r.PersonId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => OfficeAnswers.InOrder(g.Select(r => r.Office)), StringComparer.Ordinal);
    }

    private static (string PersonId, OfficeHeld Office) ReadOffice(SqliteDataReader r) =>
        (r.GetString(0), new OfficeHeld(r.GetString(1), r.NullableString(2), r.NullableString(7), OfficeKinds.Parse(r.GetString(3)), r.NullableString(4), r.NullableString(5),
            r.NullableString(6), r.GetString(8)));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<List<PersonSummary>> PersonsAsync(SqliteConnection connection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        await SqlRunner.QueryAsync(connection, null, PersonColumns + " WHERE p.id IN (SELECT value FROM json_each($ids));", ReadPerson, cancellationToken,
            ("$ids", JsonSerializer.Serialize(ids)));

    private static async Task<List<MeetingRecord>> MeetingsByIdsAsync(SqliteConnection connection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        await SqlRunner.QueryAsync(connection, null, MeetingColumns + " WHERE m.id IN (SELECT value FROM json_each($ids));", ReadMeeting, cancellationToken,
            ("$ids", JsonSerializer.Serialize(ids)));

    private static async Task<List<MeetingRecord>> MeetingsOfAsync(SqliteConnection connection, string personId, string? from, string? to, CancellationToken cancellationToken) =>
        await SqlRunner.QueryAsync(connection, null, MeetingSelect + """
             FROM attended a JOIN meetings m ON m.id = a.meeting_id LEFT JOIN places pl ON pl.id = m.place_id
             WHERE a.person_id = $id AND a.meeting_order BETWEEN $low AND $high
             ORDER BY a.meeting_order, a.meeting_id;
            """, ReadMeeting, cancellationToken, ("$id", personId), ("$low", LowBound(from)), ("$high", HighBound(from, to)));

    /// <summary>The parameters of a meeting list's filters, as <see cref="CountryAndStatus"/> and the date bounds name them.</summary>
    private static (string, object?)[] FilterParameters(string? participant, string? country, MeetingFilter filter) =>
    [
        ("$participant", participant), ("$country", country), ("$status", filter.Status is { } s ? EnumText.Of(s) : null),
        ("$low", LowBound(filter.From)), ("$high", HighBound(filter.From, filter.To)),
    ];

    private static string LowBound(string? from) => from ?? "";

    private static string HighBound(string? from, string? to) => to ?? (from is null ? NoUpperBound : LatestDate);

    /// <summary>People who met any of <paramref name="ids"/> at a meeting that was not called off, with that meeting.</summary>
    private static async Task<IReadOnlyList<(string From, string To, string Meeting)>> NeighboursAsync(SqliteConnection connection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        await SqlRunner.QueryAsync(connection, null, """
            SELECT a1.person_id, a2.person_id, a1.meeting_id
            FROM attended a1
            JOIN meetings m ON m.id = a1.meeting_id AND m.status <> 'cancelled'
            JOIN attended a2 ON a2.meeting_id = a1.meeting_id AND a2.person_id <> a1.person_id
            WHERE a1.person_id IN (SELECT value FROM json_each($ids))
            ORDER BY m.date IS NULL, m.date, a1.meeting_id, a1.person_id, a2.person_id;
            """, r => (r.GetString(0), r.GetString(1), r.GetString(2)), cancellationToken, ("$ids", JsonSerializer.Serialize(ids)));

    private static PersonSummary ReadPerson(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.NullableString(2), JsonSerializer.Deserialize<List<string>>(r.GetString(3)) ?? [], r.NullableString(4));

    private static MeetingRecord ReadMeeting(SqliteDataReader r) =>
        new(r.GetString(0), r.NullableString(1), EnumText.Status(r.GetString(2)), EnumText.Mode(r.GetString(3)), r.NullableString(4), r.NullableString(5),
            JsonSerializer.Deserialize<List<string>>(r.GetString(6)) ?? [], r.NullableString(7), r.NullableString(8), r.NullableString(9));

    private static string EscapeLike(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
