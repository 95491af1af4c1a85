using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Http;

namespace ActorGraph.Storage.Neo4j;

/// <summary>
/// Derives the meetings of the given groups (participants, or gatherings: <see cref="MeetingReport.GroupKey"/>) from
/// all their reports and decisions (<see cref="MeetingClustering"/>) inside the caller's transaction: one round trip
/// locks the groups and reads their decisions, the stored meetings' fingerprints and the reports the cache does not
/// hold; the statements returned write only the meetings that came out different, in place.
/// </summary>
/// <param name="cache">Reports of groups derived by earlier batches of this process; null to read every report.</param>
/// <param name="added">The batch's new reports (already written in the transaction), joined to a group's cached ones.</param>
internal sealed class Neo4jMeetingClusters(CypherCatalog cypher, MeetingReportCache? cache = null, IReadOnlyList<MeetingReport>? added = null)
{
    private List<(string Key, string Version, string? Cached)> _groups = [];

    /// <summary>Each group's new version and all its reports, for the cache once the transaction commits.</summary>
    public IReadOnlyList<(string GroupKey, string Version, IReadOnlyList<MeetingReport> Reports)> Derived { get; private set; } = [];

    /// <summary>The reads, to run after the batch's writes (they see them: same transaction).</summary>
    public IReadOnlyList<CypherStatement> Reads(IReadOnlyCollection<string> groupKeys)
    {
        _groups = groupKeys.Order(StringComparer.Ordinal).Select(k => (k, Guid.NewGuid().ToString("N"), cache?.VersionOf(k))).ToList();
        return
        [
            cypher.Query(CypherQuery.LockMeetingGroups, new Dictionary<string, object?> { ["rows"] = _groups.ConvertAll(g => (object)new { g.Key, g.Version }) }),
            cypher.Query(CypherQuery.MeetingReportsByKeys, new Dictionary<string, object?>
            {
                ["keys"] = _groups.ConvertAll(g => g.Key),
                ["fresh"] = _groups.Select(g => g.Cached).OfType<string>().ToList(), // version tokens are unique, so a set will do
            }),
            cypher.Query(CypherQuery.MeetingDecisionsByKeys, new Dictionary<string, object?> { ["keys"] = _groups.ConvertAll(g => g.Key) }),
            cypher.Query(CypherQuery.MeetingsByKeys, new Dictionary<string, object?> { ["keys"] = _groups.ConvertAll(g => g.Key) }),
        ];
    }

    /// <summary>The writes that bring the stored meetings in line with what the reads' reports derive.</summary>
    public IReadOnlyList<CypherStatement> Writes(IReadOnlyList<CypherResult> reads)
    {
        ArgumentNullException.ThrowIfNull(reads);
        var previous = reads[0].Rows.ToDictionary(r => r[0].RequiredString(), r => r[1].NullableString(), StringComparer.Ordinal);
        var read = Reports(reads[1]).GroupBy(r => r.GroupKey, StringComparer.Ordinal).ToDictionary(g => g.Key, MeetingClustering.InCanonicalOrder, StringComparer.Ordinal);
        var addedByGroup = (added ?? []).GroupBy(r => r.GroupKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var byGroup = new Dictionary<string, List<MeetingReport>>(StringComparer.Ordinal);
        foreach (var (key, _, cached) in _groups)
        {
            byGroup[key] = cached is not null && previous.GetValueOrDefault(key) == cached && cache?.Get(key, cached) is { } reports
                ? MeetingClustering.MergeInCanonicalOrder(reports, addedByGroup.GetValueOrDefault(key) ?? [])
                : read.GetValueOrDefault(key) ?? [];
        }

        Derived = _groups.ConvertAll(g => (g.Key, g.Version, (IReadOnlyList<MeetingReport>)byGroup[g.Key]));
        var stored = reads[3].Rows.ToDictionary(r => r[0].RequiredString(), r => r[1].NullableString(), StringComparer.Ordinal);
        var newArticles = added?.Select(r => r.ArticleId).ToHashSet(StringComparer.Ordinal);
        var changed = new List<object>();
        foreach (var meeting in MeetingClustering.Cluster(byGroup.Values.SelectMany(g => g), Decisions(reads[2])))
        {
            var fingerprint = meeting.FingerprintHash();
            var existed = stored.Remove(meeting.Id, out var storedFingerprint);
            if (existed && storedFingerprint == fingerprint)
            {
                continue;
            }

            // Most changes are only new reports joining (the meeting's other reports are the ones it had): then only
            // their sources are written, and a popular meeting keeps its thousands of others.
            var onlyJoined = existed && newArticles is not null && meeting.OnlyJoinedBy(storedFingerprint, newArticles);
            var sources = onlyJoined ? meeting.Sources.Where(s => newArticles!.Contains(s.ArticleId)) : meeting.Sources;
            changed.Add(new
            {
                meeting.Id, meeting.Date, meeting.EndDate, meeting.Status, meeting.Mode, meeting.Country, meeting.ParticipantsKey, meeting.GroupKey, meeting.PlaceId,
                WindowFrom = meeting.Window?.From, WindowTo = meeting.Window?.To, meeting.Participants, Fingerprint = fingerprint, ReplaceSources = !onlyJoined,
                Sources = sources.Select(s => new { s.ArticleId, s.Evidence, s.Status }).ToList(),
            });
        }

        var statements = new List<CypherStatement>();
        if (stored.Count > 0)
        {
            statements.Add(cypher.Query(CypherQuery.DeleteMeetings, new Dictionary<string, object?> { ["ids"] = stored.Keys.ToList() }));
        }

        if (changed.Count > 0)
        {
            statements.Add(cypher.Query(CypherQuery.WriteMeetings, new Dictionary<string, object?> { ["rows"] = changed }));
        }

        return statements;
    }

    /// <summary>The reports and decisions among the reads' results (every report: the reads of a derivation without a cache).</summary>
    public static (List<MeetingReport> Reports, List<MeetingDecision> Decisions) ReportsAndDecisions(IReadOnlyList<CypherResult> reads)
    {
        ArgumentNullException.ThrowIfNull(reads);
        return (Reports(reads[1]), Decisions(reads[2]));
    }

    /// <summary>The reports of a statement that returns them as <c>MeetingReportsByKeys</c> does.</summary>
    public static List<MeetingReport> Reports(CypherResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Rows.Select(ReadReport).ToList();
    }

    private static List<MeetingDecision> Decisions(CypherResult result) =>
        result.Rows.Select(r => new MeetingDecision(r[0].RequiredString() == "SAME_MEETING" ? MeetingDecisionKind.Same : MeetingDecisionKind.Apart,
            r[1].RequiredString(), r[2].RequiredString())).ToList();

    private static MeetingReport ReadReport(System.Text.Json.JsonElement[] r) =>
        new(r[0].RequiredString(), r[1].RequiredString(), r[2].RequiredString(), r[3].NullableString(), r[4].NullableString(), r[5].RequiredString(),
            r[6].RequiredString(), r[7].NullableString(), r[8].NullableString(),
            r[9].NullableString() is { } from && r[10].NullableString() is { } to ? new MeetingWindow(from, to) : null, r[11].NullableString(), r[12].NullableString());
}
