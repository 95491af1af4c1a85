using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Http;

namespace ActorGraph.Storage.Neo4j;

/// <summary>
/// Derives the meetings of the given groups (participants, or gatherings: <see cref="MeetingReport.GroupKey"/>) from all their stored reports and decisions
/// (<see cref="MeetingClustering"/>) inside the caller's transaction: one round trip reads reports, decisions and the
/// stored meetings; the statements returned replace only the meetings that came out different.
/// </summary>
internal sealed class Neo4jMeetingClusters(CypherCatalog cypher)
{
    /// <summary>The reads, to run after the batch's writes (they see them: same transaction).</summary>
    public IReadOnlyList<CypherStatement> Reads(IReadOnlyCollection<string> groupKeys)
    {
        var keys = new Dictionary<string, object?> { ["keys"] = groupKeys.ToList() };
        return [cypher.Query("MeetingReportsByKeys", keys), cypher.Query("MeetingDecisionsByKeys", keys), cypher.Query("MeetingsByKeys", keys)];
    }

    /// <summary>The writes that bring the stored meetings in line with what the reads' reports derive.</summary>
    public IReadOnlyList<CypherStatement> Writes(IReadOnlyList<CypherResult> reads)
    {
        ArgumentNullException.ThrowIfNull(reads);
        var (reports, decisions) = ReportsAndDecisions(reads);
        var stored = reads[2].Rows.ToDictionary(r => r[0].RequiredString(), r => ClusteredMeeting.FingerprintOf(r[10].RequiredString(), r[1].NullableString(),
            r[2].NullableString(), r[3].RequiredString(), r[4].RequiredString(), r[5].NullableString(), r[6].NullableString(), r[7].NullableString(), r[8].NullableString(),
            r[9].StringList()),
            StringComparer.Ordinal);

        var changed = new List<ClusteredMeeting>();
        foreach (var meeting in MeetingClustering.Cluster(reports, decisions))
        {
            if (!(stored.Remove(meeting.Id, out var fingerprint) && fingerprint == meeting.Fingerprint()))
            {
                changed.Add(meeting);
            }
        }

        var deleted = changed.Select(m => m.Id).Concat(stored.Keys).ToList();
        var statements = new List<CypherStatement>();
        if (deleted.Count > 0)
        {
            statements.Add(cypher.Query("DeleteMeetings", new Dictionary<string, object?> { ["ids"] = deleted }));
        }

        if (changed.Count > 0)
        {
            statements.Add(cypher.Query("CreateMeetings", new Dictionary<string, object?>
            {
                ["rows"] = changed.ConvertAll(m => (object)new
                {
                    m.Id, m.Date, m.EndDate, m.Status, m.Mode, m.Country, m.ParticipantsKey, m.GroupKey, m.PlaceId, WindowFrom = m.Window?.From, WindowTo = m.Window?.To,
                    m.Participants, Sources = m.Sources.Select(s => new { s.ArticleId, s.Evidence, s.Status }).ToList(),
                }),
            }));
        }

        return statements;
    }

    /// <summary>The reports and decisions among the reads' results.</summary>
    public static (List<MeetingReport> Reports, List<MeetingDecision> Decisions) ReportsAndDecisions(IReadOnlyList<CypherResult> reads)
    {
        ArgumentNullException.ThrowIfNull(reads);
        return (Reports(reads[0]), reads[1].Rows.Select(r => new MeetingDecision(
            r[0].RequiredString() == "SAME_MEETING" ? MeetingDecisionKind.Same : MeetingDecisionKind.Apart, r[1].RequiredString(), r[2].RequiredString())).ToList());
    }

    /// <summary>The reports of a statement that returns them as <c>MeetingReportsByKeys</c> does.</summary>
    public static List<MeetingReport> Reports(CypherResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Rows.Select(ReadReport).ToList();
    }

    private static MeetingReport ReadReport(System.Text.Json.JsonElement[] r) =>
        new(r[0].RequiredString(), r[1].RequiredString(), r[2].RequiredString(), r[3].NullableString(), r[4].NullableString(), r[5].RequiredString(),
            r[6].RequiredString(), r[7].NullableString(), r[8].NullableString(),
            r[9].NullableString() is { } from && r[10].NullableString() is { } to ? new MeetingWindow(from, to) : null, r[11].NullableString(), r[12].NullableString());
}
