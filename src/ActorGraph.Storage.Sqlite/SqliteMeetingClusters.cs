using System.Text.Json;
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
    public static async Task RederiveAsync(PreparedStatements statements, IReadOnlyCollection<string> groupKeys, CancellationToken cancellationToken)
    {
        if (groupKeys.Count == 0)
        {
            return;
        }

        var (reports, decisions) = await ReportsAndDecisionsAsync(statements, groupKeys, cancellationToken);
        var keys = JsonSerializer.Serialize(groupKeys);
        var derived = MeetingClustering.Cluster(reports, decisions);

        var stored = (await statements.QueryAsync("SELECT id, fingerprint FROM meetings WHERE group_key IN (SELECT value FROM json_each($keys));",
            r => (Id: r.GetString(0), Fingerprint: r.NullableString(1)), cancellationToken, ("$keys", keys))).ToDictionary(m => m.Id, m => m.Fingerprint, StringComparer.Ordinal);

        foreach (var meeting in derived)
        {
            var fingerprint = meeting.FingerprintHash();
            var existed = stored.Remove(meeting.Id, out var storedFingerprint);
            if (existed && storedFingerprint == fingerprint)
            {
                continue;
            }

            // A meeting that changed is updated in place: a popular meeting gaining one source keeps its thousands of others.
            await statements.ExecuteAsync("""
                INSERT INTO meetings (id, date, end_date, status, mode, place_id, country, participants_key, window_from, window_to, group_key, fingerprint)
                VALUES ($id, $date, $end, $status, $mode, $place, $country, $key, $from, $to, $group, $fingerprint)
                ON CONFLICT (id) DO UPDATE SET date = excluded.date, end_date = excluded.end_date, status = excluded.status, mode = excluded.mode,
                    place_id = excluded.place_id, country = excluded.country, participants_key = excluded.participants_key, window_from = excluded.window_from,
                    window_to = excluded.window_to, group_key = excluded.group_key, fingerprint = excluded.fingerprint;
                """, cancellationToken, ("$id", meeting.Id), ("$group", meeting.GroupKey), ("$date", meeting.Date), ("$end", meeting.EndDate), ("$status", meeting.Status),
                ("$mode", meeting.Mode), ("$place", meeting.PlaceId), ("$country", meeting.Country), ("$key", meeting.ParticipantsKey), ("$from", meeting.Window?.From),
                ("$to", meeting.Window?.To), ("$fingerprint", fingerprint));
            foreach (var person in meeting.Participants)
            {
                await statements.ExecuteAsync("INSERT OR IGNORE INTO attended (person_id, meeting_id) VALUES ($p, $m);", cancellationToken, ("$p", person), ("$m", meeting.Id));
            }

            var sources = meeting.Sources;
            foreach (var source in sources)
            {
                await statements.ExecuteAsync("""
                    INSERT INTO meeting_sources (meeting_id, article_id, evidence, status) VALUES ($m, $a, $e, $s)
                    ON CONFLICT (meeting_id, article_id) DO UPDATE SET evidence = excluded.evidence, status = excluded.status
                    WHERE meeting_sources.evidence IS NOT excluded.evidence OR meeting_sources.status IS NOT excluded.status;
                    """, cancellationToken, ("$m", meeting.Id), ("$a", source.ArticleId), ("$e", source.Evidence), ("$s", source.Status));
            }

            if (existed)
            {
                await statements.ExecuteAsync("DELETE FROM attended WHERE meeting_id = $m AND person_id NOT IN (SELECT value FROM json_each($people));", cancellationToken,
                    ("$m", meeting.Id), ("$people", JsonSerializer.Serialize(meeting.Participants)));
                await statements.ExecuteAsync("DELETE FROM meeting_sources WHERE meeting_id = $m AND article_id NOT IN (SELECT value FROM json_each($articles));", cancellationToken,
                    ("$m", meeting.Id), ("$articles", JsonSerializer.Serialize(sources.Select(r => r.ArticleId))));
            }
        }

        foreach (var gone in stored.Keys)
        {
            await DeleteAsync(statements, gone, cancellationToken);
        }
    }

    /// <summary>Every report of the given groups of participants, and every decision on them.</summary>
    public static async Task<(List<MeetingReport> Reports, List<MeetingDecision> Decisions)> ReportsAndDecisionsAsync(
        PreparedStatements statements, IReadOnlyCollection<string> groupKeys, CancellationToken cancellationToken)
    {
        var keys = JsonSerializer.Serialize(groupKeys);
        var reports = await statements.QueryAsync("""
            SELECT id, article_id, participants_key, date, end_date, status, mode, place_id, country, window_from, window_to, evidence, gathering
            FROM meeting_reports WHERE group_key IN (SELECT value FROM json_each($keys));
            """, ReadReport, cancellationToken, ("$keys", keys));
        var decisions = await statements.QueryAsync("""
            SELECT d.kind, d.report_a, d.report_b FROM meeting_decisions d JOIN meeting_reports r ON r.id = d.report_a
            WHERE r.group_key IN (SELECT value FROM json_each($keys));
            """, r => new MeetingDecision(r.GetString(0) == "same" ? MeetingDecisionKind.Same : MeetingDecisionKind.Apart, r.GetString(1), r.GetString(2)),
            cancellationToken, ("$keys", keys));
        return (reports, decisions);
    }

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
