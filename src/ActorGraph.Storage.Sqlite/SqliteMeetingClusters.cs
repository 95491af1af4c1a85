using System.Text.Json;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite;

/// <summary>
/// Derives the meetings of the given groups (participants, or gatherings: <see cref="MeetingReport.GroupKey"/>) from all their stored reports and decisions
/// (<see cref="MeetingClustering"/>) and writes them in place of what was stored, inside the caller's transaction.
/// Meetings that come out unchanged are left alone, so a batch rewrites only the meetings its reports changed.
/// </summary>
internal static class SqliteMeetingClusters
{
    /// <summary>A batch's new reports, and the reports of earlier batches kept in memory.</summary>
    public sealed record BatchReports(IReadOnlyList<MeetingReport> Added, MeetingReportCache Cache);

    /// <param name="batch">
    /// The batch's new reports (their articles' sources are the ones a changed meeting may lack) and the cache; null
    /// after a person's edit: every report is read and every source compared.
    /// </param>
    /// <returns>Each group's new version and reports, for the cache once the transaction commits.</returns>
    public static async Task<IReadOnlyList<(string GroupKey, string Version, IReadOnlyList<MeetingReport> Reports)>> RederiveAsync(
        PreparedStatements statements, IReadOnlyCollection<string> groupKeys, BatchReports? batch, CancellationToken cancellationToken)
    {
        if (groupKeys.Count == 0)
        {
            return [];
        }

        var keys = JsonSerializer.Serialize(groupKeys);
        var versions = (await statements.QueryAsync("SELECT group_key, version FROM meeting_groups WHERE group_key IN (SELECT value FROM json_each($keys));",
            r => (Key: r.GetString(0), Version: r.GetInt64(1)), cancellationToken, ("$keys", keys))).ToDictionary(v => v.Key, v => v.Version, StringComparer.Ordinal);
        var addedByGroup = (batch?.Added ?? []).GroupBy(r => r.GroupKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var byGroup = new Dictionary<string, List<MeetingReport>>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var key in groupKeys)
        {
            if (batch?.Cache.Get(key, VersionText(versions.GetValueOrDefault(key))) is { } cached)
            {
                byGroup[key] = MeetingClustering.MergeInCanonicalOrder(cached, addedByGroup.GetValueOrDefault(key) ?? []);
            }
            else
            {
                unknown.Add(key);
            }
        }

        foreach (var group in (await ReportsAsync(statements, unknown, cancellationToken)).GroupBy(r => r.GroupKey, StringComparer.Ordinal))
        {
            byGroup[group.Key] = MeetingClustering.InCanonicalOrder(group);
        }

        var decisions = await DecisionsAsync(statements, groupKeys, cancellationToken);
        var derived = MeetingClustering.Cluster(byGroup.Values.SelectMany(g => g), decisions);
        var newArticles = batch?.Added.Select(r => r.ArticleId).ToHashSet(StringComparer.Ordinal);

        var stored = (await statements.QueryAsync("SELECT id, fingerprint FROM meetings WHERE group_key IN (SELECT value FROM json_each($keys));",
            r => (Id: r.GetString(0), Fingerprint: r.NullableString(1)), cancellationToken, ("$keys", keys))).ToDictionary(m => m.Id, m => m.Fingerprint, StringComparer.Ordinal);

        var meetingRows = new List<object?[]>();
        var attendedRows = new List<object?[]>();
        var sourceRows = new List<object?[]>();
        foreach (var meeting in derived)
        {
            var fingerprint = meeting.FingerprintHash();
            var existed = stored.Remove(meeting.Id, out var storedFingerprint);
            if (existed && storedFingerprint == fingerprint)
            {
                continue;
            }

            // A meeting that changed is updated in place: a popular meeting gaining one source keeps its thousands of others.
            meetingRows.Add([meeting.Id, meeting.Date, meeting.EndDate, meeting.Status, meeting.Mode, meeting.PlaceId, meeting.Country, meeting.ParticipantsKey,
                meeting.Window?.From, meeting.Window?.To, meeting.GroupKey, fingerprint]);
            attendedRows.AddRange(meeting.Participants.Select(person => new object?[] { person, meeting.Id }));

            // Most changes are only new reports joining (the meeting's other reports are the ones it had): then only their
            // sources are written; otherwise every source is compared.
            var sources = meeting.Sources;
            var onlyJoined = existed && newArticles is not null && meeting.OnlyJoinedBy(storedFingerprint, newArticles);
            var fresh = onlyJoined ? sources.Where(r => newArticles!.Contains(r.ArticleId)).ToList() : sources;
            sourceRows.AddRange(fresh.Select(source => new object?[] { meeting.Id, source.ArticleId, source.Evidence, source.Status }));

            // Deleting what is no longer there leaves the rows written below alone, so it may come first.
            if (existed && !onlyJoined)
            {
                await statements.ExecuteAsync("DELETE FROM meeting_sources WHERE meeting_id = $m AND article_id NOT IN (SELECT value FROM json_each($articles));", cancellationToken,
                    ("$m", meeting.Id), ("$articles", JsonSerializer.Serialize(sources.Select(r => r.ArticleId))));
            }

            if (existed)
            {
                await statements.ExecuteAsync("DELETE FROM attended WHERE meeting_id = $m AND person_id NOT IN (SELECT value FROM json_each($people));", cancellationToken,
                    ("$m", meeting.Id), ("$people", JsonSerializer.Serialize(meeting.Participants)));
            }
        }

        await WriteMeetingsAsync(statements, meetingRows, attendedRows, sourceRows, cancellationToken);

        foreach (var gone in stored.Keys)
        {
            await DeleteAsync(statements, gone, cancellationToken);
        }

        var result = new List<(string, string, IReadOnlyList<MeetingReport>)>(groupKeys.Count);
        var versionRows = new List<object?[]>(groupKeys.Count);
        foreach (var key in groupKeys)
        {
            var version = versions.GetValueOrDefault(key) + 1;
            versionRows.Add([key, version]);
            result.Add((key, VersionText(version), byGroup.GetValueOrDefault(key) ?? []));
        }

        await statements.ExecuteAsync("""
            INSERT INTO meeting_groups (group_key, version) SELECT value ->> 0, value ->> 1 FROM json_each($rows) WHERE true
            ON CONFLICT (group_key) DO UPDATE SET version = excluded.version;
            """, cancellationToken, ("$rows", JsonSerializer.Serialize(versionRows)));
        return result;
    }

    /// <summary>The changed meetings, their participants and sources: one statement each for the whole batch (rows as JSON, like <see cref="SqliteBatchRows"/>).</summary>
    private static async Task WriteMeetingsAsync(PreparedStatements statements, List<object?[]> meetings, List<object?[]> attended, List<object?[]> sources,
        CancellationToken cancellationToken)
    {
        if (meetings.Count == 0)
        {
            return;
        }

        await statements.ExecuteAsync("""
            INSERT INTO meetings (id, date, end_date, status, mode, place_id, country, participants_key, window_from, window_to, group_key, fingerprint)
            SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, value ->> 8, value ->> 9, value ->> 10, value ->> 11
            FROM json_each($rows) WHERE true
            ON CONFLICT (id) DO UPDATE SET date = excluded.date, end_date = excluded.end_date, status = excluded.status, mode = excluded.mode,
                place_id = excluded.place_id, country = excluded.country, participants_key = excluded.participants_key, window_from = excluded.window_from,
                window_to = excluded.window_to, group_key = excluded.group_key, fingerprint = excluded.fingerprint;
            """, cancellationToken, ("$rows", JsonSerializer.Serialize(meetings)));
        await statements.ExecuteAsync("INSERT OR IGNORE INTO attended (person_id, meeting_id) SELECT value ->> 0, value ->> 1 FROM json_each($rows);", cancellationToken,
            ("$rows", JsonSerializer.Serialize(attended)));
        if (sources.Count > 0)
        {
            await statements.ExecuteAsync("""
                INSERT INTO meeting_sources (meeting_id, article_id, evidence, status) SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each($rows) WHERE true
                ON CONFLICT (meeting_id, article_id) DO UPDATE SET evidence = excluded.evidence, status = excluded.status
                WHERE meeting_sources.evidence IS NOT excluded.evidence OR meeting_sources.status IS NOT excluded.status;
                """, cancellationToken, ("$rows", JsonSerializer.Serialize(sources)));
        }
    }

    private static string VersionText(long version) => version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The columns <see cref="ReadReport"/> reads, in its order.</summary>
    internal const string ReportColumns =
        "id, article_id, participants_key, date, end_date, status, mode, place_id, country, window_from, window_to, evidence, gathering";

    /// <summary>Every report of the given groups.</summary>
    public static async Task<List<MeetingReport>> ReportsAsync(PreparedStatements statements, IReadOnlyCollection<string> groupKeys, CancellationToken cancellationToken) =>
        groupKeys.Count == 0
            ? []
            : await statements.QueryAsync("SELECT " + ReportColumns + " FROM meeting_reports WHERE group_key IN (SELECT value FROM json_each($keys));", ReadReport,
                cancellationToken, ("$keys", JsonSerializer.Serialize(groupKeys)));

    /// <summary>Every decision on reports of the given groups.</summary>
    public static Task<List<MeetingDecision>> DecisionsAsync(PreparedStatements statements, IReadOnlyCollection<string> groupKeys, CancellationToken cancellationToken) =>
        statements.QueryAsync("""
            SELECT d.kind, d.report_a, d.report_b FROM meeting_decisions d JOIN meeting_reports r ON r.id = d.report_a
            WHERE r.group_key IN (SELECT value FROM json_each($keys));
            """, r => new MeetingDecision(EnumText.DecisionKind(r.GetString(0)), r.GetString(1), r.GetString(2)), cancellationToken, ("$keys", JsonSerializer.Serialize(groupKeys)));

    private static async Task DeleteAsync(PreparedStatements statements, string meetingId, CancellationToken cancellationToken)
    {
        await statements.ExecuteAsync("DELETE FROM attended WHERE meeting_id = $m;", cancellationToken, ("$m", meetingId));
        await statements.ExecuteAsync("DELETE FROM meeting_sources WHERE meeting_id = $m;", cancellationToken, ("$m", meetingId));
        await statements.ExecuteAsync("DELETE FROM meetings WHERE id = $m;", cancellationToken, ("$m", meetingId));
    }

    internal static MeetingReport ReadReport(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.NullableString(3), r.NullableString(4), r.GetString(5), r.GetString(6), r.NullableString(7),
            r.NullableString(8), r.NullableString(9) is { } from && r.NullableString(10) is { } to ? new MeetingWindow(from, to) : null, r.NullableString(11),
            r.NullableString(12));
}
