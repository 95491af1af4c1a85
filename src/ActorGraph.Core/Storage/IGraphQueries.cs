namespace ActorGraph.Core.Storage;

/// <summary>
/// The read side of the graph. Every person argument takes an id or a name as people write it
/// ("Blinken", "antony blinken"); an unknown or ambiguous name throws <see cref="PersonResolutionException"/>.
/// Dates are ISO-8601 strings; ranges are inclusive.
/// </summary>
public interface IGraphQueries
{
    Task<PersonSummary> ResolvePersonAsync(string idOrName, CancellationToken cancellationToken);

    Task<IReadOnlyList<PersonSummary>> SearchPersonsAsync(string text, int limit, CancellationToken cancellationToken);

    Task<PersonDetails> GetPersonAsync(string idOrName, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, PersonSummary>> GetPersonsByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    Task<IReadOnlyList<MeetingRecord>> FindMeetingsAsync(MeetingFilter filter, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, IReadOnlyList<MeetingSource>>> GetSourcesByMeetingIdsAsync(IReadOnlyCollection<string> meetingIds, CancellationToken cancellationToken);

    /// <param name="counterpartOffice">Only counterparts who held this office ("foreign minister") when they met.</param>
    Task<WhoMetResult> WhoMetAsync(string person, string? fromDate, string? toDate, string? counterpartOffice, CancellationToken cancellationToken);

    Task<DidMeetResult> DidMeetAsync(string a, string b, CancellationToken cancellationToken);

    /// <returns>The shortest chain, or null when none of at most <paramref name="maxHops"/> meetings exists.</returns>
    Task<ConnectionPath?> ConnectionAsync(string source, string target, int maxHops, CancellationToken cancellationToken);

    Task<PersonNetwork> NetworkAsync(string person, int depth, CancellationToken cancellationToken);

    Task<CountryContacts> CountryContactsAsync(string country, CancellationToken cancellationToken);

    /// <summary>
    /// Who held an office of a country on a day (or in a month or year; today when <paramref name="onDate"/> is null):
    /// the office as a user writes it ("foreign minister", "Minister of Foreign Affairs", "president"), the country as
    /// a code, name or demonym. Certain answers first; a term whose partial dates only allow it is approximate.
    /// </summary>
    Task<IReadOnlyList<OfficeHolderResult>> OfficeHoldersAsync(string country, string office, string? onDate, CancellationToken cancellationToken);

    /// <summary>A person's meetings in date order (undated ones last).</summary>
    Task<IReadOnlyList<MeetingRecord>> TimelineAsync(string person, CancellationToken cancellationToken);

    /// <summary>
    /// The counterparts <see cref="WhoMetAsync"/> lists from <paramref name="offset"/> on, at most <paramref name="take"/>,
    /// each with their meetings. This default pages the whole list; a store that can rank in the store does so instead.
    /// </summary>
    /// <param name="personId">A resolved person's id.</param>
    async Task<CounterpartPage> CounterpartPageAsync(string personId, string? fromDate, string? toDate, string? counterpartOffice, int offset, int take,
        CancellationToken cancellationToken)
        => CounterpartPage.Of((await WhoMetAsync(personId, fromDate, toDate, counterpartOffice, cancellationToken)).Counterparts, offset, take);

    /// <summary>
    /// The meetings <see cref="FindMeetingsAsync"/> lists that come after <paramref name="after"/> (all when null), at most
    /// <paramref name="take"/>; the total only when <paramref name="countTotal"/>. This default pages the whole list; a
    /// store that can page by key in the store does so instead.
    /// </summary>
    async Task<MeetingPage> MeetingPageAsync(MeetingFilter filter, MeetingCursor? after, int take, bool countTotal, CancellationToken cancellationToken)
        => MeetingPage.Of(await FindMeetingsAsync(filter, cancellationToken), after, take, countTotal);
}
