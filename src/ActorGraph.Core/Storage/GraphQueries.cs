using System.Globalization;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;

namespace ActorGraph.Core.Storage;

/// <summary>
/// The read side, once for every store: resolves people and countries, asks the store's <see cref="IGraphReads"/>
/// for the rows, and builds the answers (counterparts, paths, networks, office-holders on a day) here.
/// </summary>
public sealed class GraphQueries(IGraphReads reads, ReferenceCatalog catalog, TimeProvider time) : IGraphQueries
{
    public async Task<PersonSummary> ResolvePersonAsync(string idOrName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        var text = idOrName.Trim();
        if (text.StartsWith("person/", StringComparison.Ordinal))
        {
            var byId = await reads.PersonsByIdsAsync([text], cancellationToken);
            return byId.Count == 1 ? byId[0] : throw PersonResolutionException.Unknown(text);
        }

        var key = catalog.FoldPersonName(text);
        if (key.Length == 0)
        {
            throw new PersonResolutionException("A person's name or id is required.");
        }

        var matches = await reads.PersonsByNameKeyAsync(key, cancellationToken);
        if (matches.Count == 0 && PersonMatching.MaySurnameMatch(key))
        {
            matches = await reads.PersonsBySurnameKeyAsync(key, cancellationToken);
        }

        if (matches.Count == 0)
        {
            throw PersonResolutionException.Unknown(text, PersonSuggestions.Rank(key, await reads.PeopleInSourcesAsync(cancellationToken)));
        }

        return await PersonResolution.ChooseAsync(text, matches, ids => OfficesOfAsync(ids, cancellationToken));
    }

    public async Task<IReadOnlyList<PersonSummary>> SearchPersonsAsync(string text, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        return await reads.SearchPersonsAsync(catalog.FoldPersonName(text), Math.Clamp(limit, 1, 500), cancellationToken);
    }

    public async Task<PersonDetails> GetPersonAsync(string idOrName, CancellationToken cancellationToken)
    {
        var person = await ResolvePersonAsync(idOrName, cancellationToken);
        var offices = (await OfficesOfAsync([person.Id], cancellationToken)).GetValueOrDefault(person.Id) ?? [];
        return new PersonDetails(person, offices, await reads.MeetingCountAsync(person.Id, cancellationToken));
    }

    public async Task<IReadOnlyDictionary<string, PersonSummary>> GetPersonsByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return await PersonsAsync(ids, cancellationToken);
    }

    public async Task<IReadOnlyList<MeetingRecord>> FindMeetingsAsync(MeetingFilter filter, CancellationToken cancellationToken)
    {
        var query = await ResolveAsync(filter, cancellationToken);
        var meetings = await reads.MeetingsAsync(query, cancellationToken);
        if (filter.CounterpartOffice is null)
        {
            return meetings;
        }

        var offices = await OfficesOfAsync(meetings.SelectMany(m => m.ParticipantIds).Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        return MeetingRecords.WithParticipantInOffice(meetings, query.ParticipantId, offices, OfficeKinds.Default.Query(filter.CounterpartOffice));
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<MeetingSource>>> GetSourcesByMeetingIdsAsync(IReadOnlyCollection<string> meetingIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meetingIds);
        var sources = await reads.SourcesAsync(meetingIds, cancellationToken);
        return sources.GroupBy(s => s.MeetingId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<MeetingSource>)g.ToList(), StringComparer.Ordinal);
    }

    public async Task<WhoMetResult> WhoMetAsync(string person, string? fromDate, string? toDate, string? counterpartOffice, CancellationToken cancellationToken)
    {
        var center = await ResolvePersonAsync(person, cancellationToken);
        return new WhoMetResult(center, await CounterpartsAsync(center.Id, fromDate, toDate, counterpartOffice, cancellationToken));
    }

    public async Task<DidMeetResult> DidMeetAsync(string a, string b, CancellationToken cancellationToken)
    {
        var first = await ResolvePersonAsync(a, cancellationToken);
        var second = await ResolvePersonAsync(b, cancellationToken);
        return new DidMeetResult(first, second, await reads.MeetingsOfBothAsync(first.Id, second.Id, cancellationToken));
    }

    public async Task<ConnectionPath?> ConnectionAsync(string source, string target, int maxHops, CancellationToken cancellationToken)
    {
        var from = await ResolvePersonAsync(source, cancellationToken);
        var to = await ResolvePersonAsync(target, cancellationToken);
        var path = await MeetingGraphSearch.ShortestPathAsync(from.Id, to.Id, maxHops, ids => reads.NeighboursAsync(ids, cancellationToken));
        if (path is null)
        {
            return null;
        }

        var people = await PersonsAsync(path.Value.Persons, cancellationToken);
        var meetings = (await reads.MeetingsByIdsAsync(path.Value.Meetings, cancellationToken)).ToDictionary(m => m.Id, StringComparer.Ordinal);
        return new ConnectionPath(path.Value.Persons.Select(id => people[id]).ToList(), path.Value.Meetings.Select(id => meetings[id]).ToList());
    }

    public async Task<PersonNetwork> NetworkAsync(string person, int depth, CancellationToken cancellationToken)
    {
        var center = await ResolvePersonAsync(person, cancellationToken);
        var (distances, edges) = await MeetingGraphSearch.NeighbourhoodAsync(center.Id, depth, ids => reads.NeighboursAsync(ids, cancellationToken));
        var people = await PersonsAsync(distances.Keys.ToList(), cancellationToken);
        var nodes = distances.OrderBy(d => d.Value).ThenBy(d => people[d.Key].Name, StringComparer.Ordinal).Select(d => new NetworkNode(people[d.Key], d.Value)).ToList();
        return new PersonNetwork(center, nodes, edges);
    }

    public async Task<CountryContacts> CountryContactsAsync(string country, CancellationToken cancellationToken)
    {
        var code = catalog.RequireCountryCode(country);
        var name = catalog.FindCountry(code)?.Name ?? code;
        return new CountryContacts(code, name, await reads.CountryContactsAsync(code, cancellationToken));
    }

    public async Task<IReadOnlyList<OfficeHolderResult>> OfficeHoldersAsync(string country, string office, string? onDate, CancellationToken cancellationToken)
    {
        var code = catalog.RequireCountryCode(country);
        var query = OfficeKinds.Default.Query(office);
        var on = OfficeDates.Parse(onDate, time);
        var candidates = await reads.OfficeTermCandidatesAsync(code, query.Kind is { } kind ? OfficeKinds.Text(kind) : null, query.TitleKey, Iso(on.Earliest), Iso(on.Latest),
            cancellationToken);
        var holders = OfficeAnswers.HoldersOn(candidates, query, on);
        var people = await PersonsAsync(holders.Select(h => h.PersonId).ToList(), cancellationToken);
        return holders.Select(h => new OfficeHolderResult(people[h.PersonId], h.Office, h.Approximate)).ToList();
    }

    public async Task<IReadOnlyList<MeetingRecord>> TimelineAsync(string person, CancellationToken cancellationToken)
    {
        var center = await ResolvePersonAsync(person, cancellationToken);
        return await reads.MeetingsAsync(new MeetingQuery(center.Id, null, null, null, null), cancellationToken);
    }

    public async Task<CounterpartPage> CounterpartPageAsync(string personId, string? fromDate, string? toDate, string? counterpartOffice, int offset, int take,
        CancellationToken cancellationToken)
    {
        var center = await ResolvePersonAsync(personId, cancellationToken);

        // Whether a counterpart held the office depends on each meeting's day, so that list is ranked after the test, here.
        var ranked = counterpartOffice is null ? await reads.CounterpartPageAsync(center.Id, fromDate, toDate, offset, take, cancellationToken) : null;
        return ranked ?? CounterpartPage.Of(await CounterpartsAsync(center.Id, fromDate, toDate, counterpartOffice, cancellationToken), offset, take);
    }

    public async Task<MeetingPage> MeetingPageAsync(MeetingFilter filter, MeetingCursor? after, int take, bool countTotal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);

        // Whether someone held the office depends on each meeting's day: that list is filtered here, then cut.
        var paged = filter.CounterpartOffice is null ? await reads.MeetingPageAsync(await ResolveAsync(filter, cancellationToken), after, take, countTotal, cancellationToken) : null;
        return paged ?? MeetingPage.Of(await FindMeetingsAsync(filter, cancellationToken), after, take, countTotal);
    }

    private async Task<IReadOnlyList<Counterpart>> CounterpartsAsync(string centerId, string? fromDate, string? toDate, string? counterpartOffice, CancellationToken cancellationToken)
    {
        var meetings = await reads.MeetingsAsync(new MeetingQuery(centerId, null, fromDate, toDate, null), cancellationToken);
        var counterpartIds = CounterpartList.Ids(centerId, meetings);
        if (counterpartOffice is null)
        {
            return CounterpartList.Build(counterpartIds, meetings, await PersonsAsync(counterpartIds, cancellationToken));
        }

        // Only people who ever held the office can have held it on a meeting's day: the others are dropped before
        // their names are read and their meetings grouped (a busy person has thousands of counterparts, a few ministers).
        var office = OfficeKinds.Default.Query(counterpartOffice);
        var offices = await OfficesOfAsync(counterpartIds, cancellationToken);
        var holders = counterpartIds.Where(id => offices.TryGetValue(id, out var held) && held.Any(o => office.HasTitle(o.Title) || office.HasKind(o.Kind, o.Title))).ToList();
        return CounterpartList.InOffice(CounterpartList.Build(holders, meetings, await PersonsAsync(holders, cancellationToken)), offices, office);
    }

    private async Task<MeetingQuery> ResolveAsync(MeetingFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var participant = filter.Participant is null ? null : (await ResolvePersonAsync(filter.Participant, cancellationToken)).Id;
        var country = filter.Country is null ? null : catalog.RequireCountryCode(filter.Country);
        return new MeetingQuery(participant, country, filter.From, filter.To, filter.Status);
    }

    private async Task<Dictionary<string, PersonSummary>> PersonsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        (await reads.PersonsByIdsAsync(ids, cancellationToken)).ToDictionary(p => p.Id, StringComparer.Ordinal);

    /// <summary>The offices of each person, in the order answers show them.</summary>
    private async Task<Dictionary<string, IReadOnlyList<OfficeHeld>>> OfficesOfAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        (await reads.OfficesOfAsync(ids, cancellationToken))
            .GroupBy(r => r.PersonId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => OfficeAnswers.InOrder(g.Select(r => r.Office)), StringComparer.Ordinal);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
