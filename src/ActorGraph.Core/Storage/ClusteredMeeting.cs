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

    /// <summary>
    /// A short stable hash of what the meeting was derived as (its fields and the set of its reports, which fixes its
    /// sources), for a store to keep beside it: cheap enough to compute for every meeting of a popular pair on every
    /// batch (no sorting, no copy of thousands of source ids).
    /// </summary>
    public string FingerprintHash()
    {
        var reports = ReportsHash(_ => true);
        var fields = Fnv(string.Join('\u001f', ParticipantsKey, Date, EndDate, Status, Mode, PlaceId, Country, Window?.From, Window?.To, Reports.Count));
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{fields:x16}{reports:x16}");
    }

    /// <summary>The report part of <see cref="FingerprintHash"/> over the reports <paramref name="counted"/> selects.</summary>
    public ulong ReportsHash(Func<MeetingReport, bool> counted)
    {
        ArgumentNullException.ThrowIfNull(counted);
        ulong hash = 0;
        foreach (var report in Reports)
        {
            hash ^= counted(report) ? Fnv(report.Id) : 0;
        }

        return hash;
    }

    /// <summary>
    /// True when the meeting stored with <paramref name="storedFingerprintHash"/> differs from this one only by reports
    /// of <paramref name="newArticles"/> joining it: a store then writes only their sources, and a popular meeting keeps
    /// its thousands of others.
    /// </summary>
    public bool OnlyJoinedBy(string? storedFingerprintHash, IReadOnlySet<string> newArticles)
    {
        ArgumentNullException.ThrowIfNull(newArticles);
        return ReportsHashOf(storedFingerprintHash) == ReportsHash(r => !newArticles.Contains(r.ArticleId));
    }

    /// <summary>The report part of a hash <see cref="FingerprintHash"/> made.</summary>
    public static ulong? ReportsHashOf(string? fingerprintHash) =>
        fingerprintHash is { Length: 32 } && ulong.TryParse(fingerprintHash.AsSpan(16), System.Globalization.NumberStyles.AllowHexSpecifier,
            System.Globalization.CultureInfo.InvariantCulture, out var hash) ? hash : null;

    /// <summary>64-bit FNV-1a: stable across processes and runs, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static ulong Fnv(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
