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

    Task<WhoMetResult> WhoMetAsync(string person, string? fromDate, string? toDate, CancellationToken cancellationToken);

    Task<DidMeetResult> DidMeetAsync(string a, string b, CancellationToken cancellationToken);

    /// <returns>The shortest chain, or null when none of at most <paramref name="maxHops"/> meetings exists.</returns>
    Task<ConnectionPath?> ConnectionAsync(string source, string target, int maxHops, CancellationToken cancellationToken);

    Task<PersonNetwork> NetworkAsync(string person, int depth, CancellationToken cancellationToken);

    Task<CountryContacts> CountryContactsAsync(string country, CancellationToken cancellationToken);

    /// <summary>A person's meetings in date order (undated ones last).</summary>
    Task<IReadOnlyList<MeetingRecord>> TimelineAsync(string person, CancellationToken cancellationToken);
}
