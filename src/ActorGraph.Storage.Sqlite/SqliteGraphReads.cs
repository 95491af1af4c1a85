using System.Globalization;
using System.Text.Json;
using ActorGraph.Core.Model;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using ActorGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite;

/// <summary>
/// The reads <see cref="GraphQueries"/> builds its answers from, on SQLite; ranking counterparts and paging meetings are
/// done in the store. Lists of ids travel as one JSON parameter read with json_each, never as SQL text.
/// </summary>
public sealed class SqliteGraphReads(SqliteConnectionFactory connections) : IGraphReads
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

    public async Task<IReadOnlyList<PersonSummary>> PersonsByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await PersonsAsync(connection, ids, cancellationToken);
    }

    public async Task<IReadOnlyList<(PersonSummary Person, bool InSources)>> PersonsByNameKeyAsync(string nameKey, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await SqlRunner.QueryAsync(connection, null, PersonColumns + """
             WHERE p.id IN (SELECT id FROM persons WHERE name_key = $k UNION SELECT person_id FROM person_aliases WHERE alias_key = $k)
             ORDER BY p.name;
            """, ReadResolvable, cancellationToken, ("$k", nameKey));
    }

    public async Task<IReadOnlyList<(PersonSummary Person, bool InSources)>> PersonsBySurnameKeyAsync(string surnameKey, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await SqlRunner.QueryAsync(connection, null, PersonColumns + " WHERE p.surname_key = $k ORDER BY p.name;", ReadResolvable, cancellationToken, ("$k", surnameKey));
    }

    public async Task<IReadOnlyList<(PersonSummary Person, string NameKey)>> PeopleInSourcesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await SqlRunner.QueryAsync(connection, null, "SELECT id, name, country, name_key FROM persons WHERE in_sources = 1;",
            r => (new PersonSummary(r.GetString(0), r.GetString(1), r.NullableString(2), []), r.GetString(3)), cancellationToken);
    }

    public async Task<IReadOnlyList<PersonSummary>> SearchPersonsAsync(string key, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
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
            """, ReadPerson, cancellationToken, ("$pattern", "%" + (indexed ? key : EscapeLike(key)) + "%"), ("$limit", limit));
    }

    public async Task<IReadOnlyList<(string PersonId, OfficeHeld Office)>> OfficesOfAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await SqlRunner.QueryAsync(connection, null, OfficeColumns, ReadOffice, cancellationToken, ("$ids", JsonSerializer.Serialize(personIds)));
    }

    public async Task<IReadOnlyList<(string PersonId, OfficeHeld Office)>> OfficeTermCandidatesAsync(string countryCode, string? kind, string? titleKey, string first, string last,
        CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await SqlRunner.QueryAsync(connection, null, """
            SELECT t.person_id, o.title, o.country, o.kind, t.from_date, t.to_date, t.confirmed_until, NULL, t.source
            FROM offices o JOIN office_terms t ON t.office_id = o.id
            WHERE o.country = $country AND (o.kind = $kind OR o.title_key = $title)
              AND (t.from_earliest IS NULL OR t.from_earliest <= $last) AND (t.to_latest IS NULL OR t.to_latest >= $first);
            """, ReadOffice, cancellationToken, ("$country", countryCode), ("$kind", kind), ("$title", titleKey), ("$first", first), ("$last", last));
    }

    public async Task<int> MeetingCountAsync(string personId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return Convert.ToInt32(await SqlRunner.ScalarAsync(connection, null, "SELECT COUNT(*) FROM attended WHERE person_id = $id;", cancellationToken, ("$id", personId)),
            CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<MeetingRecord>> MeetingsAsync(MeetingQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await ReadMeetingPageAsync(connection, query, null, int.MaxValue, cancellationToken);
    }

    public async Task<IReadOnlyList<MeetingRecord>> MeetingsOfBothAsync(string firstId, string secondId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await SqlRunner.QueryAsync(connection, null, MeetingColumns + """
             WHERE m.id IN (SELECT meeting_id FROM attended WHERE person_id = $a INTERSECT SELECT meeting_id FROM attended WHERE person_id = $b)
             ORDER BY m.date IS NULL, m.date, m.id;
            """, ReadMeeting, cancellationToken, ("$a", firstId), ("$b", secondId));
    }

    public async Task<IReadOnlyList<MeetingRecord>> MeetingsByIdsAsync(IReadOnlyCollection<string> meetingIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meetingIds);
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await SqlRunner.QueryAsync(connection, null, MeetingColumns + " WHERE m.id IN (SELECT value FROM json_each($ids)) ORDER BY m.date IS NULL, m.date, m.id;", ReadMeeting,
            cancellationToken, ("$ids", JsonSerializer.Serialize(meetingIds)));
    }

    public async Task<IReadOnlyList<MeetingSource>> SourcesAsync(IReadOnlyCollection<string> meetingIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meetingIds);
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await SqlRunner.QueryAsync(connection, null, """
            SELECT s.meeting_id, a.id, a.title, a.url, a.source, a.published_at, s.evidence, a.record_id
            FROM meeting_sources s JOIN articles a ON a.id = s.article_id
            WHERE s.meeting_id IN (SELECT value FROM json_each($ids))
            ORDER BY a.published_at, a.id;
            """, r => new MeetingSource(r.GetString(0), r.GetString(1), r.GetString(2), r.NullableString(3), r.NullableString(4), r.NullableString(5), r.NullableString(6), r.NullableString(7)),
            cancellationToken, ("$ids", JsonSerializer.Serialize(meetingIds)));
    }

    public async Task<IReadOnlyList<(string From, string To, string Meeting)>> NeighboursAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await SqlRunner.QueryAsync(connection, null, """
            SELECT a1.person_id, a2.person_id, a1.meeting_id
            FROM attended a1
            JOIN meetings m ON m.id = a1.meeting_id AND m.status <> 'cancelled'
            JOIN attended a2 ON a2.meeting_id = a1.meeting_id AND a2.person_id <> a1.person_id
            WHERE a1.person_id IN (SELECT value FROM json_each($ids))
            ORDER BY m.date IS NULL, m.date, a1.meeting_id, a1.person_id, a2.person_id;
            """, r => (r.GetString(0), r.GetString(1), r.GetString(2)), cancellationToken, ("$ids", JsonSerializer.Serialize(personIds)));
    }

    public async Task<IReadOnlyList<CountryContact>> CountryContactsAsync(string countryCode, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await SqlRunner.QueryAsync(connection, null, """
            SELECT pairs.other, COALESCE(c.name, pairs.other), pairs.n
            FROM (SELECT other, COUNT(*) AS n FROM meeting_country_pairs WHERE country = $code GROUP BY other) pairs
            LEFT JOIN countries c ON c.code = pairs.other
            ORDER BY pairs.n DESC, pairs.other;
            """, r => new CountryContact(r.GetString(0), r.GetString(1), r.GetInt32(2)), cancellationToken, ("$code", countryCode));
    }

    public async Task<CounterpartPage?> CounterpartPageAsync(string personId, string? fromDate, string? toDate, int offset, int take, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
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
            ("$id", personId), ("$low", low), ("$high", high), ("$take", take), ("$skip", offset));
        if (ranked.Count == 0)
        {
            var total = offset == 0 ? 0 : Convert.ToInt32(await SqlRunner.ScalarAsync(connection, null, """
                SELECT COUNT(DISTINCT b.person_id) FROM attended a JOIN attended b ON b.meeting_id = a.meeting_id AND b.person_id <> a.person_id
                WHERE a.person_id = $id AND a.meeting_order BETWEEN $low AND $high;
                """, cancellationToken, ("$id", personId), ("$low", low), ("$high", high)), CultureInfo.InvariantCulture);
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
            ("$id", personId), ("$low", low), ("$high", high), ("$ids", JsonSerializer.Serialize(ids)));
        var meetingsOf = together.ToLookup(t => t.Counterpart, t => t.Meeting, StringComparer.Ordinal);
        return new CounterpartPage(
            ranked.Select(r => new Counterpart(people[r.Id], r.Count, r.First, r.Last, meetingsOf[r.Id].ToList())).ToList(),
            ranked[0].Total);
    }

    public async Task<MeetingPage?> MeetingPageAsync(MeetingQuery query, MeetingCursor? after, int take, bool countTotal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await connections.OpenAsync(cancellationToken);
        var page = await ReadMeetingPageAsync(connection, query, after, take + 1, cancellationToken);
        int? total = countTotal ? await CountMeetingsAsync(connection, query, cancellationToken) : null;
        return new MeetingPage(page.Take(take).ToList(), page.Count > take, total);
    }

    /// <summary>
    /// Meetings in date order after a cursor, from an index in that order: a participant's from attended (which
    /// carries each meeting's date), all meetings from the meetings' own order index. Never more rows than asked for.
    /// </summary>
    private static async Task<List<MeetingRecord>> ReadMeetingPageAsync(SqliteConnection connection, MeetingQuery query, MeetingCursor? after, int take,
        CancellationToken cancellationToken)
    {
        (string, object?)[] parameters = [.. FilterParameters(query), ("$afterOrder", after?.Order ?? ""), ("$afterId", after?.Id ?? ""), ("$take", take)];
        return query.ParticipantId is not null
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

    private static async Task<int> CountMeetingsAsync(SqliteConnection connection, MeetingQuery query, CancellationToken cancellationToken)
    {
        var parameters = FilterParameters(query);
        var count = query.ParticipantId is not null && query.CountryCode is null && query.Status is null
            ? await SqlRunner.ScalarAsync(connection, null, "SELECT COUNT(*) FROM attended WHERE person_id = $participant AND meeting_order BETWEEN $low AND $high;",
                cancellationToken, parameters)
            : query.ParticipantId is not null
                ? await SqlRunner.ScalarAsync(connection, null, """
                    SELECT COUNT(*) FROM attended a JOIN meetings m ON m.id = a.meeting_id
                    WHERE a.person_id = $participant AND a.meeting_order BETWEEN $low AND $high AND
                    """ + CountryAndStatus + ";", cancellationToken, parameters)
                : await SqlRunner.ScalarAsync(connection, null, "SELECT COUNT(*) FROM meetings m WHERE COALESCE(m.date, '~') BETWEEN $low AND $high AND " + CountryAndStatus + ";",
                    cancellationToken, parameters);
        return Convert.ToInt32(count, CultureInfo.InvariantCulture);
    }

    private static (PersonSummary Person, bool InSources) ReadResolvable(SqliteDataReader r) => (ReadPerson(r), r.GetInt32(5) == 1);

    private static (string PersonId, OfficeHeld Office) ReadOffice(SqliteDataReader r) =>
        (r.GetString(0), new OfficeHeld(r.GetString(1), r.NullableString(2), r.NullableString(7), OfficeKinds.Parse(r.GetString(3)), r.NullableString(4), r.NullableString(5),
            r.NullableString(6), r.GetString(8)));

    private static async Task<List<PersonSummary>> PersonsAsync(SqliteConnection connection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        await SqlRunner.QueryAsync(connection, null, PersonColumns + " WHERE p.id IN (SELECT value FROM json_each($ids));", ReadPerson, cancellationToken,
            ("$ids", JsonSerializer.Serialize(ids)));

    /// <summary>The parameters of a meeting list's filters, as <see cref="CountryAndStatus"/> and the date bounds name them.</summary>
    private static (string, object?)[] FilterParameters(MeetingQuery query) =>
    [
        ("$participant", query.ParticipantId), ("$country", query.CountryCode), ("$status", query.Status is { } s ? EnumText.Of(s) : null),
        ("$low", LowBound(query.From)), ("$high", HighBound(query.From, query.To)),
    ];

    private static string LowBound(string? from) => from ?? "";

    private static string HighBound(string? from, string? to) => to ?? (from is null ? NoUpperBound : LatestDate);

    private static PersonSummary ReadPerson(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.NullableString(2), JsonSerializer.Deserialize<List<string>>(r.GetString(3)) ?? [], r.NullableString(4));

    private static MeetingRecord ReadMeeting(SqliteDataReader r) =>
        new(r.GetString(0), r.NullableString(1), EnumText.Status(r.GetString(2)), EnumText.Mode(r.GetString(3)), r.NullableString(4), r.NullableString(5),
            JsonSerializer.Deserialize<List<string>>(r.GetString(6)) ?? [], r.NullableString(7), r.NullableString(8), r.NullableString(9));

    private static string EscapeLike(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
