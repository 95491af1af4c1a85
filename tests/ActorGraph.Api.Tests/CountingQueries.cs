using ActorGraph.Core.Storage;

namespace ActorGraph.Api.Tests;

/// <summary>Passes every call to the real queries and counts the batched ones, to prove lists are not N+1.</summary>
internal sealed class CountingQueries(IGraphQueries inner) : IGraphQueries
{
    public int PersonBatches { get; private set; }

    public int SourceBatches { get; private set; }

    public Task<IReadOnlyDictionary<string, PersonSummary>> GetPersonsByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        PersonBatches++;
        return inner.GetPersonsByIdsAsync(ids, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<MeetingSource>>> GetSourcesByMeetingIdsAsync(IReadOnlyCollection<string> meetingIds, CancellationToken cancellationToken)
    {
        SourceBatches++;
        return inner.GetSourcesByMeetingIdsAsync(meetingIds, cancellationToken);
    }

    public Task<PersonSummary> ResolvePersonAsync(string idOrName, CancellationToken cancellationToken) => inner.ResolvePersonAsync(idOrName, cancellationToken);

    public Task<IReadOnlyList<PersonSummary>> SearchPersonsAsync(string text, int limit, CancellationToken cancellationToken) => inner.SearchPersonsAsync(text, limit, cancellationToken);

    public Task<PersonDetails> GetPersonAsync(string idOrName, CancellationToken cancellationToken) => inner.GetPersonAsync(idOrName, cancellationToken);

    public Task<IReadOnlyList<MeetingRecord>> FindMeetingsAsync(MeetingFilter filter, CancellationToken cancellationToken) => inner.FindMeetingsAsync(filter, cancellationToken);

    public Task<WhoMetResult> WhoMetAsync(string person, string? fromDate, string? toDate, string? counterpartOffice, CancellationToken cancellationToken) =>
        inner.WhoMetAsync(person, fromDate, toDate, counterpartOffice, cancellationToken);

    public Task<IReadOnlyList<OfficeHolderResult>> OfficeHoldersAsync(string country, string office, string? onDate, CancellationToken cancellationToken) =>
        inner.OfficeHoldersAsync(country, office, onDate, cancellationToken);

    public Task<DidMeetResult> DidMeetAsync(string a, string b, CancellationToken cancellationToken) => inner.DidMeetAsync(a, b, cancellationToken);

    public Task<ConnectionPath?> ConnectionAsync(string source, string target, int maxHops, CancellationToken cancellationToken) => inner.ConnectionAsync(source, target, maxHops, cancellationToken);

    public Task<PersonNetwork> NetworkAsync(string person, int depth, CancellationToken cancellationToken) => inner.NetworkAsync(person, depth, cancellationToken);

    public Task<CountryContacts> CountryContactsAsync(string country, CancellationToken cancellationToken) => inner.CountryContactsAsync(country, cancellationToken);

    public Task<IReadOnlyList<MeetingRecord>> TimelineAsync(string person, CancellationToken cancellationToken) => inner.TimelineAsync(person, cancellationToken);
}
