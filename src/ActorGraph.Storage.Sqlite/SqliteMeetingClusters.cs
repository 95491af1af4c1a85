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

        var stored = (await statements.QueryAsync("""
            SELECT m.id, m.date, m.end_date, m.status, m.mode, m.place_id, m.country, m.window_from, m.window_to,
                   (SELECT json_group_array(article_id || ' ' || status) FROM meeting_sources s WHERE s.meeting_id = m.id), m.participants_key
            FROM meetings m WHERE m.group_key IN (SELECT value FROM json_each($keys));
            """, r => (Id: r.GetString(0), Fingerprint: ClusteredMeeting.FingerprintOf(r.GetString(10), r.NullableString(1), r.NullableString(2), r.GetString(3),
                r.GetString(4), r.NullableString(5), r.NullableString(6), r.NullableString(7), r.NullableString(8), JsonSerializer.Deserialize<List<string>>(r.GetString(9)) ?? [])),
            cancellationToken, ("$keys", keys))).ToDictionary(m => m.Id, m => m.Fingerprint, StringComparer.Ordinal);

        foreach (var meeting in derived)
        {
            if (stored.Remove(meeting.Id, out var fingerprint) && fingerprint == meeting.Fingerprint())
            {
                continue;
            }

            await DeleteAsync(statements, meeting.Id, cancellationToken);
            await statements.ExecuteAsync("""
                INSERT INTO meetings (id, date, end_date, status, mode, place_id, country, participants_key, window_from, window_to, group_key)
                VALUES ($id, $date, $end, $status, $mode, $place, $country, $key, $from, $to, $group);
                """, cancellationToken, ("$id", meeting.Id), ("$group", meeting.GroupKey), ("$date", meeting.Date), ("$end", meeting.EndDate), ("$status", meeting.Status), ("$mode", meeting.Mode),
                ("$place", meeting.PlaceId), ("$country", meeting.Country), ("$key", meeting.ParticipantsKey), ("$from", meeting.Window?.From), ("$to", meeting.Window?.To));
            foreach (var person in meeting.Participants)
            {
                await statements.ExecuteAsync("INSERT OR IGNORE INTO attended (person_id, meeting_id) VALUES ($p, $m);", cancellationToken, ("$p", person), ("$m", meeting.Id));
            }

            foreach (var source in meeting.Sources)
            {
                await statements.ExecuteAsync("INSERT INTO meeting_sources (meeting_id, article_id, evidence, status) VALUES ($m, $a, $e, $s);", cancellationToken,
                    ("$m", meeting.Id), ("$a", source.ArticleId), ("$e", source.Evidence), ("$s", source.Status));
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
