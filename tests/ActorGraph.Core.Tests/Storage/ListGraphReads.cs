using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.Storage;

namespace ActorGraph.Core.Tests.Storage;

/// <summary>
/// A store in a few lists: what a third store has to provide for <see cref="GraphQueries"/> to answer everything.
/// It can offer the two fast paths, and counts how often they are asked.
/// </summary>
internal sealed class ListGraphReads(IReadOnlyList<PersonSummary> people, IReadOnlyList<MeetingRecord> meetings) : IGraphReads
{
    private static readonly ReferenceCatalog Catalog = ReferenceCatalog.Default;

    public List<(string PersonId, OfficeHeld Office)> Offices { get; } = [];

    /// <summary>A page the store claims to have ranked itself; null to rank in memory.</summary>
    public CounterpartPage? RankedPage { get; set; }

    public int RankedPageRequests { get; private set; }

    public Task<IReadOnlyList<PersonSummary>> PersonsByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Answer(people.Where(p => ids.Contains(p.Id)).ToList());

    public Task<IReadOnlyList<(PersonSummary Person, bool InSources)>> PersonsByNameKeyAsync(string nameKey, CancellationToken cancellationToken) =>
        Answer(people.Where(p => p.Aliases.Append(p.Name).Any(n => Catalog.FoldPersonName(n) == nameKey)).Select(p => (p, true)).ToList());

    public Task<IReadOnlyList<(PersonSummary Person, bool InSources)>> PersonsBySurnameKeyAsync(string surnameKey, CancellationToken cancellationToken) =>
        Answer(people.Where(p => Catalog.FoldPersonName(p.Name).Split(' ')[^1] == surnameKey).Select(p => (p, true)).ToList());

    public Task<IReadOnlyList<(PersonSummary Person, string NameKey)>> PeopleInSourcesAsync(CancellationToken cancellationToken) =>
        Answer(people.Select(p => (p, Catalog.FoldPersonName(p.Name))).ToList());

    public Task<IReadOnlyList<PersonSummary>> SearchPersonsAsync(string key, int limit, CancellationToken cancellationToken) =>
        Answer(people.Where(p => Catalog.FoldPersonName(p.Name).Contains(key, StringComparison.Ordinal)).Take(limit).ToList());

    public Task<IReadOnlyList<(string PersonId, OfficeHeld Office)>> OfficesOfAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken) =>
        Answer(Offices.Where(o => personIds.Contains(o.PersonId)).ToList());

    public Task<IReadOnlyList<(string PersonId, OfficeHeld Office)>> OfficeTermCandidatesAsync(string countryCode, string? kind, string? titleKey, string first, string last,
        CancellationToken cancellationToken) =>
        Answer(Offices.Where(o => o.Office.Country == countryCode).ToList());

    public Task<int> MeetingCountAsync(string personId, CancellationToken cancellationToken) => Task.FromResult(meetings.Count(m => m.ParticipantIds.Contains(personId)));

    public Task<IReadOnlyList<MeetingRecord>> MeetingsAsync(MeetingQuery query, CancellationToken cancellationToken) =>
        Answer(InDateOrder(meetings.Where(m =>
            (query.ParticipantId is null || m.ParticipantIds.Contains(query.ParticipantId))
            && (query.From is null || string.CompareOrdinal(m.Date, query.From) >= 0)
            && (query.To is null || (m.Date is not null && string.CompareOrdinal(m.Date, query.To) <= 0))
            && (query.Status is null || m.Status == query.Status)
            && (query.CountryCode is null || m.Country == query.CountryCode))));

    public Task<IReadOnlyList<MeetingRecord>> MeetingsOfBothAsync(string firstId, string secondId, CancellationToken cancellationToken) =>
        Answer(InDateOrder(meetings.Where(m => m.ParticipantIds.Contains(firstId) && m.ParticipantIds.Contains(secondId))));

    public Task<IReadOnlyList<MeetingRecord>> MeetingsByIdsAsync(IReadOnlyCollection<string> meetingIds, CancellationToken cancellationToken) =>
        Answer(InDateOrder(meetings.Where(m => meetingIds.Contains(m.Id))));

    public Task<IReadOnlyList<MeetingSource>> SourcesAsync(IReadOnlyCollection<string> meetingIds, CancellationToken cancellationToken) =>
        Answer<MeetingSource>([]);

    public Task<IReadOnlyList<(string From, string To, string Meeting)>> NeighboursAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken) =>
        Answer(InDateOrder(meetings.Where(m => m.Status != Model.MeetingStatus.Cancelled))
            .SelectMany(m => m.ParticipantIds.Where(personIds.Contains).SelectMany(from => m.ParticipantIds.Where(to => to != from).Select(to => (from, to, m.Id))))
            .ToList());

    public Task<IReadOnlyList<CountryContact>> CountryContactsAsync(string countryCode, CancellationToken cancellationToken) => Answer<CountryContact>([]);

    public Task<CounterpartPage?> CounterpartPageAsync(string personId, string? fromDate, string? toDate, int offset, int take, CancellationToken cancellationToken)
    {
        RankedPageRequests++;
        return Task.FromResult(RankedPage);
    }

    private static List<MeetingRecord> InDateOrder(IEnumerable<MeetingRecord> list) =>
        list.OrderBy(m => m.Date is null).ThenBy(m => m.Date, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();

    private static Task<IReadOnlyList<T>> Answer<T>(IReadOnlyList<T> rows) => Task.FromResult(rows);
}
