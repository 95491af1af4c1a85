using System.Text.Json;
using ActorGraph.Core.Model;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Http;

namespace ActorGraph.Storage.Neo4j;

/// <summary>
/// The reads <see cref="GraphQueries"/> builds its answers from, on Neo4j: one Cypher statement each. Orderings that
/// involve missing values are applied here, not in Cypher, because Neo4j sorts nulls last and SQLite first; the
/// conformance suite holds both stores to the same answers.
/// </summary>
public sealed class Neo4jGraphReads(Neo4jClient client, CypherCatalog cypher) : IGraphReads
{
    public async Task<IReadOnlyList<PersonSummary>> PersonsByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return (await Run(CypherQuery.PersonsByIds, cancellationToken, ("ids", ids.ToList()))).Rows.Select(ReadPerson).ToList();
    }

    public async Task<IReadOnlyList<(PersonSummary Person, bool InSources)>> PersonsByNameKeyAsync(string nameKey, CancellationToken cancellationToken) =>
        (await Run(CypherQuery.ResolvePerson, cancellationToken, ("key", nameKey))).Rows.Select(ReadResolvable).ToList();

    public async Task<IReadOnlyList<(PersonSummary Person, bool InSources)>> PersonsBySurnameKeyAsync(string surnameKey, CancellationToken cancellationToken) =>
        (await Run(CypherQuery.ResolvePersonBySurname, cancellationToken, ("key", surnameKey))).Rows.Select(ReadResolvable).ToList();

    public async Task<IReadOnlyList<(PersonSummary Person, string NameKey)>> PeopleInSourcesAsync(CancellationToken cancellationToken) =>
        (await Run(CypherQuery.PersonNamesInSources, cancellationToken)).Rows
            .Select(r => (new PersonSummary(r[0].RequiredString(), r[1].RequiredString(), r[2].NullableString(), []), r[3].NullableString() ?? ""))
            .ToList();

    public async Task<IReadOnlyList<PersonSummary>> SearchPersonsAsync(string key, int limit, CancellationToken cancellationToken) =>
        (await Run(CypherQuery.SearchPersons, cancellationToken, ("key", key), ("limit", limit))).Rows.Select(ReadPerson).ToList();

    public async Task<IReadOnlyList<(string PersonId, OfficeHeld Office)>> OfficesOfAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        return (await Run(CypherQuery.OfficesOfPersons, cancellationToken, ("ids", personIds.ToList()))).Rows.Select(ReadOffice).ToList();
    }

    public async Task<IReadOnlyList<(string PersonId, OfficeHeld Office)>> OfficeTermCandidatesAsync(string countryCode, string? kind, string? titleKey, string first, string last,
        CancellationToken cancellationToken) =>
        (await Run(CypherQuery.OfficeHolders, cancellationToken, ("country", countryCode), ("kind", kind), ("title", titleKey), ("first", first), ("last", last))).Rows
            .Select(ReadOffice).ToList();

    public async Task<int> MeetingCountAsync(string personId, CancellationToken cancellationToken) =>
        (int)(await Run(CypherQuery.PersonMeetingCount, cancellationToken, ("id", personId))).Rows[0][0].Number();

    public async Task<IReadOnlyList<MeetingRecord>> MeetingsAsync(MeetingQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query is { CountryCode: null, Status: null, ParticipantId: { } id }
            ? InDateOrder(await Run(CypherQuery.MeetingsOfPerson, cancellationToken, ("id", id), ("from", query.From), ("to", query.To)))
            : InDateOrder(await Run(CypherQuery.FindMeetings, cancellationToken, ("participant", query.ParticipantId), ("country", query.CountryCode), ("from", query.From),
                ("to", query.To), ("status", query.Status is { } s ? EnumText.Of(s) : null)));
    }

    public async Task<IReadOnlyList<MeetingRecord>> MeetingsOfBothAsync(string firstId, string secondId, CancellationToken cancellationToken) =>
        InDateOrder(await Run(CypherQuery.MeetingsOfBoth, cancellationToken, ("a", firstId), ("b", secondId)));

    public async Task<IReadOnlyList<MeetingRecord>> MeetingsByIdsAsync(IReadOnlyCollection<string> meetingIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meetingIds);
        return InDateOrder(await Run(CypherQuery.MeetingsByIds, cancellationToken, ("ids", meetingIds.ToList())));
    }

    public async Task<IReadOnlyList<MeetingSource>> SourcesAsync(IReadOnlyCollection<string> meetingIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meetingIds);
        var result = await Run(CypherQuery.MeetingSources, cancellationToken, ("ids", meetingIds.ToList()));
        return result.Rows
            .Select(r => new MeetingSource(r[0].RequiredString(), r[1].RequiredString(), r[2].RequiredString(), r[3].NullableString(), r[4].NullableString(), r[5].NullableString(),
                r[6].NullableString(), r[7].NullableString()))
            .OrderBy(s => s.PublishedAt is not null).ThenBy(s => s.PublishedAt, StringComparer.Ordinal).ThenBy(s => s.ArticleId, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<(string From, string To, string Meeting)>> NeighboursAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        var result = await Run(CypherQuery.Neighbours, cancellationToken, ("ids", personIds.ToList()));
        return result.Rows
            .Select(r => (From: r[0].RequiredString(), To: r[1].RequiredString(), Meeting: r[2].RequiredString(), Date: r[3].NullableString()))
            .OrderBy(n => n.Date is null).ThenBy(n => n.Date, StringComparer.Ordinal).ThenBy(n => n.Meeting, StringComparer.Ordinal)
            .ThenBy(n => n.From, StringComparer.Ordinal).ThenBy(n => n.To, StringComparer.Ordinal)
            .Select(n => (n.From, n.To, n.Meeting))
            .ToList();
    }

    public async Task<IReadOnlyList<CountryContact>> CountryContactsAsync(string countryCode, CancellationToken cancellationToken) =>
        (await Run(CypherQuery.CountryContacts, cancellationToken, ("code", countryCode))).Rows
            .Select(r => new CountryContact(r[0].RequiredString(), r[1].RequiredString(), (int)r[2].Number()))
            .ToList();

    private Task<CypherResult> Run(CypherQuery query, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        client.RunAsync(cypher.Query(query, parameters.ToDictionary(p => p.Name, p => p.Value)), cancellationToken);

    private static (string PersonId, OfficeHeld Office) ReadOffice(JsonElement[] r) =>
        (r[0].RequiredString(), new OfficeHeld(r[1].RequiredString(), r[2].NullableString(), r[7].NullableString(), OfficeKinds.Parse(r[3].NullableString()),
            r[4].NullableString(), r[5].NullableString(), r[6].NullableString(), r[8].NullableString() ?? OfficeHeld.ArticleSource));

    private static (PersonSummary Person, bool InSources) ReadResolvable(JsonElement[] r) => (ReadPerson(r), r[5].ValueKind != JsonValueKind.False);

    private static PersonSummary ReadPerson(JsonElement[] r) =>
        new(r[0].RequiredString(), r[1].RequiredString(), r[2].NullableString(), r[3].StringList().Where(a => a != r[1].GetString()).Order(StringComparer.Ordinal).ToList(), r[4].NullableString());

    /// <summary>Undated meetings last, then by date and id; participants by id.</summary>
    private static List<MeetingRecord> InDateOrder(CypherResult result) =>
        result.Rows
            .Select(r => new MeetingRecord(r[0].RequiredString(), r[1].NullableString(), EnumText.Status(r[2].RequiredString()), EnumText.Mode(r[3].RequiredString()),
                r[4].NullableString(), r[5].NullableString(), r[6].StringList().Distinct().Order(StringComparer.Ordinal).ToList(), r[7].NullableString(), r[8].NullableString(),
                r[9].NullableString()))
            .OrderBy(m => m.Date is null).ThenBy(m => m.Date, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
}
