using System.Globalization;
using ActorGraph.Core.Model;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Http;

namespace ActorGraph.Storage.Neo4j;

/// <summary>
/// The read side on Neo4j. Orderings that involve missing values are applied here, not in Cypher, because Neo4j
/// sorts nulls last and SQLite first; the conformance suite holds both stores to the same answers.
/// </summary>
public sealed class Neo4jGraphQueries(Neo4jClient client, CypherCatalog cypher, ReferenceCatalog catalog, TimeProvider time) : IGraphQueries
{
    public Task<PersonSummary> ResolvePersonAsync(string idOrName, CancellationToken cancellationToken) => ResolveAsync(idOrName, cancellationToken);

    public async Task<IReadOnlyList<PersonSummary>> SearchPersonsAsync(string text, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = await Run(CypherQuery.SearchPersons, cancellationToken, ("key", catalog.FoldPersonName(text)), ("limit", Math.Clamp(limit, 1, 500)));
        return result.Rows.Select(ReadPerson).ToList();
    }

    public async Task<PersonDetails> GetPersonAsync(string idOrName, CancellationToken cancellationToken)
    {
        var person = await ResolveAsync(idOrName, cancellationToken);
        var offices = (await OfficesOfAsync([person.Id], cancellationToken)).GetValueOrDefault(person.Id) ?? [];
        var count = (await Run(CypherQuery.PersonMeetingCount, cancellationToken, ("id", person.Id))).Rows[0][0].Number();
        return new PersonDetails(person, offices, (int)count);
    }

    public async Task<IReadOnlyDictionary<string, PersonSummary>> GetPersonsByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return (await PersonsAsync(ids, cancellationToken)).ToDictionary(p => p.Id);
    }

    public async Task<IReadOnlyList<MeetingRecord>> FindMeetingsAsync(MeetingFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var participant = filter.Participant is null ? null : (await ResolveAsync(filter.Participant, cancellationToken)).Id;
        var country = filter.Country is null ? null : catalog.RequireCountryCode(filter.Country);
        var result = await Run(CypherQuery.FindMeetings, cancellationToken, ("participant", participant), ("country", country), ("from", filter.From), ("to", filter.To),
            ("status", filter.Status is { } s ? EnumText.Of(s) : null));
        var meetings = InDateOrder(result);
        if (filter.CounterpartOffice is null)
        {
            return meetings;
        }

        var offices = await OfficesOfAsync(meetings.SelectMany(m => m.ParticipantIds).Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        return MeetingRecords.WithParticipantInOffice(meetings, participant, offices, OfficeKinds.Default.Query(filter.CounterpartOffice));
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<MeetingSource>>> GetSourcesByMeetingIdsAsync(IReadOnlyCollection<string> meetingIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meetingIds);
        var result = await Run(CypherQuery.MeetingSources, cancellationToken, ("ids", meetingIds.ToList()));
        return result.Rows
            .Select(r => new MeetingSource(r[0].RequiredString(), r[1].RequiredString(), r[2].RequiredString(), r[3].NullableString(), r[4].NullableString(), r[5].NullableString(), r[6].NullableString(), r[7].NullableString()))
            .OrderBy(s => s.PublishedAt is not null).ThenBy(s => s.PublishedAt, StringComparer.Ordinal).ThenBy(s => s.ArticleId, StringComparer.Ordinal)
            .GroupBy(s => s.MeetingId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<MeetingSource>)g.ToList());
    }

    public async Task<WhoMetResult> WhoMetAsync(string person, string? fromDate, string? toDate, string? counterpartOffice, CancellationToken cancellationToken)
    {
        var center = await ResolveAsync(person, cancellationToken);
        var meetings = await MeetingsOfAsync(center.Id, fromDate, toDate, cancellationToken);
        var counterpartIds = CounterpartList.Ids(center.Id, meetings);
        var people = (await PersonsAsync(counterpartIds, cancellationToken)).ToDictionary(p => p.Id);
        var counterparts = CounterpartList.Build(counterpartIds, meetings, people);
        if (counterpartOffice is not null)
        {
            counterparts = CounterpartList.InOffice(counterparts, await OfficesOfAsync(counterpartIds, cancellationToken), OfficeKinds.Default.Query(counterpartOffice));
        }

        return new WhoMetResult(center, counterparts);
    }

    public async Task<DidMeetResult> DidMeetAsync(string a, string b, CancellationToken cancellationToken)
    {
        var first = await ResolveAsync(a, cancellationToken);
        var second = await ResolveAsync(b, cancellationToken);
        var result = await Run(CypherQuery.MeetingsOfBoth, cancellationToken, ("a", first.Id), ("b", second.Id));
        return new DidMeetResult(first, second, InDateOrder(result));
    }

    public async Task<ConnectionPath?> ConnectionAsync(string source, string target, int maxHops, CancellationToken cancellationToken)
    {
        var from = await ResolveAsync(source, cancellationToken);
        var to = await ResolveAsync(target, cancellationToken);
        var path = await MeetingGraphSearch.ShortestPathAsync(from.Id, to.Id, maxHops, ids => NeighboursAsync(ids, cancellationToken));
        if (path is null)
        {
            return null;
        }

        var people = (await PersonsAsync(path.Value.Persons, cancellationToken)).ToDictionary(p => p.Id);
        var meetings = InDateOrder(await Run(CypherQuery.MeetingsByIds, cancellationToken, ("ids", path.Value.Meetings.ToList()))).ToDictionary(m => m.Id);
        return new ConnectionPath(path.Value.Persons.Select(id => people[id]).ToList(), path.Value.Meetings.Select(id => meetings[id]).ToList());
    }

    public async Task<PersonNetwork> NetworkAsync(string person, int depth, CancellationToken cancellationToken)
    {
        var center = await ResolveAsync(person, cancellationToken);
        var (distances, edges) = await MeetingGraphSearch.NeighbourhoodAsync(center.Id, depth, ids => NeighboursAsync(ids, cancellationToken));
        var people = (await PersonsAsync(distances.Keys.ToList(), cancellationToken)).ToDictionary(p => p.Id);
        var nodes = distances.OrderBy(d => d.Value).ThenBy(d => people[d.Key].Name, StringComparer.Ordinal).Select(d => new NetworkNode(people[d.Key], d.Value)).ToList();
        return new PersonNetwork(center, nodes, edges);
    }

    public async Task<CountryContacts> CountryContactsAsync(string country, CancellationToken cancellationToken)
    {
        var code = catalog.RequireCountryCode(country);
        var name = catalog.FindCountry(code)?.Name ?? code;
        var result = await Run(CypherQuery.CountryContacts, cancellationToken, ("code", code));
        return new CountryContacts(code, name, result.Rows.Select(r => new CountryContact(r[0].RequiredString(), r[1].RequiredString(), (int)r[2].Number())).ToList());
    }

    public async Task<IReadOnlyList<OfficeHolderResult>> OfficeHoldersAsync(string country, string office, string? onDate, CancellationToken cancellationToken)
    {
        var code = catalog.RequireCountryCode(country);
        var query = OfficeKinds.Default.Query(office);
        var on = OfficeDates.Parse(onDate, time);
        var candidates = (await Run(CypherQuery.OfficeHolders, cancellationToken, ("country", code), ("kind", query.Kind is { } k ? OfficeKinds.Text(k) : null), ("title", query.TitleKey),
            ("first", Iso(on.Earliest)), ("last", Iso(on.Latest)))).Rows.Select(ReadOffice);
        var holders = OfficeAnswers.HoldersOn(candidates, query, on);
        var people = (await PersonsAsync(holders.Select(h => h.PersonId).ToList(), cancellationToken)).ToDictionary(p => p.Id);
        return holders.Select(h => new OfficeHolderResult(people[h.PersonId], h.Office, h.Approximate)).ToList();
    }

    public async Task<IReadOnlyList<MeetingRecord>> TimelineAsync(string person, CancellationToken cancellationToken)
    {
        var center = await ResolveAsync(person, cancellationToken);
        return await MeetingsOfAsync(center.Id, null, null, cancellationToken);
    }

    private async Task<PersonSummary> ResolveAsync(string idOrName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        var text = idOrName.Trim();
        if (text.StartsWith("person/", StringComparison.Ordinal))
        {
            var byId = await PersonsAsync([text], cancellationToken);
            return byId.Count == 1 ? byId[0] : throw PersonResolutionException.Unknown(text);
        }

        var key = catalog.FoldPersonName(text);
        if (key.Length == 0)
        {
            throw new PersonResolutionException("A person's name or id is required.");
        }

        var matches = (await Run(CypherQuery.ResolvePerson, cancellationToken, ("key", key))).Rows.Select(ReadResolvable).ToList();
        if (matches.Count == 0 && PersonMatching.MaySurnameMatch(key))
        {
            matches = (await Run(CypherQuery.ResolvePersonBySurname, cancellationToken, ("key", key))).Rows.Select(ReadResolvable).ToList();
        }

        if (matches.Count == 0)
        {
            var named = (await Run(CypherQuery.PersonNamesInSources, cancellationToken)).Rows
                .Select(r => (new PersonSummary(r[0].RequiredString(), r[1].RequiredString(), r[2].NullableString(), []), r[3].NullableString() ?? ""));
            throw PersonResolutionException.Unknown(text, PersonSuggestions.Rank(key, named));
        }

        return await PersonResolution.ChooseAsync(text, matches, ids => OfficesOfAsync(ids, cancellationToken));
    }

    /// <summary>The offices of each person: the ones sources state and the terms of the office-holders table.</summary>
    private async Task<Dictionary<string, IReadOnlyList<OfficeHeld>>> OfficesOfAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        (await Run(CypherQuery.OfficesOfPersons, cancellationToken, ("ids", ids.ToList()))).Rows.Select(ReadOffice)
            .GroupBy(r => r.PersonId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => OfficeAnswers.InOrder(g.Select(r => r.Office)), StringComparer.Ordinal);

    private static (string PersonId, OfficeHeld Office) ReadOffice(System.Text.Json.JsonElement[] r) =>
        (r[0].RequiredString(), new OfficeHeld(r[1].RequiredString(), r[2].NullableString(), r[7].NullableString(), OfficeKinds.Parse(r[3].NullableString()),
            r[4].NullableString(), r[5].NullableString(), r[6].NullableString(), r[8].NullableString() ?? OfficeHeld.ArticleSource));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static (PersonSummary Person, bool InSources) ReadResolvable(System.Text.Json.JsonElement[] r) => (ReadPerson(r), r[5].ValueKind != System.Text.Json.JsonValueKind.False);

    private async Task<List<PersonSummary>> PersonsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        (await Run(CypherQuery.PersonsByIds, cancellationToken, ("ids", ids.ToList()))).Rows.Select(ReadPerson).ToList();

    private async Task<List<MeetingRecord>> MeetingsOfAsync(string personId, string? from, string? to, CancellationToken cancellationToken) =>
        InDateOrder(await Run(CypherQuery.MeetingsOfPerson, cancellationToken, ("id", personId), ("from", from), ("to", to)));

    private async Task<IReadOnlyList<(string From, string To, string Meeting)>> NeighboursAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var result = await Run(CypherQuery.Neighbours, cancellationToken, ("ids", ids.ToList()));
        return result.Rows
            .Select(r => (From: r[0].RequiredString(), To: r[1].RequiredString(), Meeting: r[2].RequiredString(), Date: r[3].NullableString()))
            .OrderBy(n => n.Date is null).ThenBy(n => n.Date, StringComparer.Ordinal).ThenBy(n => n.Meeting, StringComparer.Ordinal)
            .ThenBy(n => n.From, StringComparer.Ordinal).ThenBy(n => n.To, StringComparer.Ordinal)
            .Select(n => (n.From, n.To, n.Meeting))
            .ToList();
    }

    private Task<CypherResult> Run(CypherQuery query, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        client.RunAsync(cypher.Query(query, parameters.ToDictionary(p => p.Name, p => p.Value)), cancellationToken);

    private static PersonSummary ReadPerson(System.Text.Json.JsonElement[] r) =>
        new(r[0].RequiredString(), r[1].RequiredString(), r[2].NullableString(), r[3].StringList().Where(a => a != r[1].GetString()).Order(StringComparer.Ordinal).ToList(), r[4].NullableString());

    /// <summary>Undated meetings last, then by date and id; participants by id.</summary>
    private static List<MeetingRecord> InDateOrder(CypherResult result) =>
        result.Rows
            .Select(r => new MeetingRecord(r[0].RequiredString(), r[1].NullableString(), EnumText.Status(r[2].RequiredString()), EnumText.Mode(r[3].RequiredString()), r[4].NullableString(), r[5].NullableString(),
                r[6].StringList().Distinct().Order(StringComparer.Ordinal).ToList(), r[7].NullableString(), r[8].NullableString(), r[9].NullableString()))
            .OrderBy(m => m.Date is null).ThenBy(m => m.Date, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
}
