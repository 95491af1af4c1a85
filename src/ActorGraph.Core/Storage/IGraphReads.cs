namespace ActorGraph.Core.Storage;

/// <summary>
/// The few reads a store does itself. <see cref="GraphQueries"/> builds every answer of <see cref="IGraphQueries"/>
/// from them, the same way for every store, so stores cannot drift apart in what they answer; a new store implements
/// this interface and passes the conformance suite. Lists of meetings come in date order (undated last, then by id),
/// each with its participants' ids in ordinal order.
/// </summary>
public interface IGraphReads
{
    /// <summary>The people with these ids; unknown ids are left out.</summary>
    Task<IReadOnlyList<PersonSummary>> PersonsByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>The people whose folded name or an alias is <paramref name="nameKey"/>, each with whether a source names them.</summary>
    Task<IReadOnlyList<(PersonSummary Person, bool InSources)>> PersonsByNameKeyAsync(string nameKey, CancellationToken cancellationToken);

    /// <summary>The people whose folded surname is <paramref name="surnameKey"/>, each with whether a source names them.</summary>
    Task<IReadOnlyList<(PersonSummary Person, bool InSources)>> PersonsBySurnameKeyAsync(string surnameKey, CancellationToken cancellationToken);

    /// <summary>Everyone a source names, with their folded name: what a misspelt name is compared with.</summary>
    Task<IReadOnlyList<(PersonSummary Person, string NameKey)>> PeopleInSourcesAsync(CancellationToken cancellationToken);

    /// <summary>People whose folded name or an alias contains <paramref name="key"/>, most meetings first, then by name.</summary>
    Task<IReadOnlyList<PersonSummary>> SearchPersonsAsync(string key, int limit, CancellationToken cancellationToken);

    /// <summary>The offices of these people, in no order: the ones sources state and the terms of the office-holders table.</summary>
    Task<IReadOnlyList<(string PersonId, OfficeHeld Office)>> OfficesOfAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken);

    /// <summary>
    /// Terms of a country's office that may overlap the days <paramref name="first"/> to <paramref name="last"/>:
    /// offices of kind <paramref name="kind"/> or titled <paramref name="titleKey"/>.
    /// </summary>
    Task<IReadOnlyList<(string PersonId, OfficeHeld Office)>> OfficeTermCandidatesAsync(string countryCode, string? kind, string? titleKey, string first, string last,
        CancellationToken cancellationToken);

    Task<int> MeetingCountAsync(string personId, CancellationToken cancellationToken);

    /// <summary>The meetings a query selects, in date order.</summary>
    Task<IReadOnlyList<MeetingRecord>> MeetingsAsync(MeetingQuery query, CancellationToken cancellationToken);

    /// <summary>The meetings both people attended, in date order.</summary>
    Task<IReadOnlyList<MeetingRecord>> MeetingsOfBothAsync(string firstId, string secondId, CancellationToken cancellationToken);

    /// <summary>The meetings with these ids, in date order; unknown ids are left out.</summary>
    Task<IReadOnlyList<MeetingRecord>> MeetingsByIdsAsync(IReadOnlyCollection<string> meetingIds, CancellationToken cancellationToken);

    /// <summary>The articles that report these meetings, undated ones first, then by publication date and article id.</summary>
    Task<IReadOnlyList<MeetingSource>> SourcesAsync(IReadOnlyCollection<string> meetingIds, CancellationToken cancellationToken);

    /// <summary>
    /// People who met any of <paramref name="personIds"/> at a meeting that was not called off, with that meeting: in
    /// the meetings' date order, then by meeting id, person and counterpart.
    /// </summary>
    Task<IReadOnlyList<(string From, string To, string Meeting)>> NeighboursAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken);

    /// <summary>The countries whose people met people of <paramref name="countryCode"/>, with how many meetings: most first, then by code.</summary>
    Task<IReadOnlyList<CountryContact>> CountryContactsAsync(string countryCode, CancellationToken cancellationToken);

    /// <summary>
    /// A fast path: one page of a person's counterparts ranked in the store (the order of <see cref="CounterpartList.Build"/>),
    /// each with the meetings in the range. Null when the store does not rank (the default): the counterparts are
    /// then built from all the person's meetings and paged in memory.
    /// </summary>
    Task<CounterpartPage?> CounterpartPageAsync(string personId, string? fromDate, string? toDate, int offset, int take, CancellationToken cancellationToken) =>
        Task.FromResult<CounterpartPage?>(null);

    /// <summary>
    /// A fast path: the meetings a query selects after a cursor, paged by key in the store. Null when the store does not
    /// page (the default): the whole list is then read and cut in memory.
    /// </summary>
    Task<MeetingPage?> MeetingPageAsync(MeetingQuery query, MeetingCursor? after, int take, bool countTotal, CancellationToken cancellationToken) =>
        Task.FromResult<MeetingPage?>(null);
}
