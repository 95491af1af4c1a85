namespace ActorGraph.Core.Storage;

/// <summary>A meeting as derived from its reports: what a store writes as the Meeting node and its links.</summary>
/// <param name="Reports">Its reports, first the one that gave its date and id.</param>
/// <param name="GroupKey">Its reports' <see cref="MeetingReport.GroupKey"/>: the participants, or the gathering.</param>
/// <param name="ParticipantsKey">Everyone its reports name, in ordinal order, joined by '|'.</param>
public sealed record ClusteredMeeting(
    string Id,
    string GroupKey,
    string ParticipantsKey,
    string? Date,
    string? EndDate,
    string Status,
    string Mode,
    string? PlaceId,
    string? Country,
    MeetingWindow? Window,
    IReadOnlyList<MeetingReport> Reports)
{
    public IReadOnlyList<string> Participants => ParticipantsKey.Split('|');

    /// <summary>One source per article: the first of the article's reports (its evidence and status).</summary>
    public IReadOnlyList<MeetingReport> Sources =>
        Reports.GroupBy(r => r.ArticleId, StringComparer.Ordinal).Select(g => g.First()).ToList();

    /// <summary>What a stored meeting must equal for this one to be left as it is when meetings are derived again.</summary>
    public string Fingerprint() =>
        FingerprintOf(ParticipantsKey, Date, EndDate, Status, Mode, PlaceId, Country, Window?.From, Window?.To, Sources.Select(s => s.ArticleId + " " + s.Status));

    /// <summary>A short stable hash of <see cref="Fingerprint"/>, for a store to keep beside the meeting.</summary>
    public string FingerprintHash() =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Fingerprint())).AsSpan(0, 16));

    /// <param name="sources">Each source as its article id, a space and the status it reports.</param>
    public static string FingerprintOf(string participantsKey, string? date, string? endDate, string status, string mode, string? placeId, string? country,
        string? windowFrom, string? windowTo, IEnumerable<string> sources) =>
        string.Join('\u001f', participantsKey, date, endDate, status, mode, placeId, country, windowFrom, windowTo,
            string.Join('\u001e', sources.Order(StringComparer.Ordinal)));
}
