using ActorGraph.Core.Model;

namespace ActorGraph.Core.Storage;

/// <summary>
/// The decisions a person's merge or split comes to, and those it overrides: both stores apply the same plan, so a
/// meeting split on one store and on another comes out the same. Decisions are about reports, which never change,
/// so they hold whatever is ingested later.
/// </summary>
/// <param name="Add">Decisions to record.</param>
/// <param name="Remove">Earlier decisions the edit contradicts.</param>
/// <param name="Leads">One report of each meeting the edit leaves, to find their ids once meetings are derived again.</param>
public sealed record MeetingEditPlan(IReadOnlyList<MeetingDecision> Add, IReadOnlyList<MeetingDecision> Remove, IReadOnlyList<string> Leads)
{
    /// <summary>All reports of the given meetings become one meeting.</summary>
    public static MeetingEditPlan Merge(IReadOnlyList<string> meetingIds, IReadOnlyList<ClusteredMeeting> derived, IReadOnlyList<MeetingDecision> existing)
    {
        ArgumentNullException.ThrowIfNull(meetingIds);
        var meetings = meetingIds.Distinct(StringComparer.Ordinal).Select(id => Find(id, derived)).ToList();
        if (meetings.Count < 2)
        {
            throw new GraphEditException("name at least two different meetings to merge.");
        }

        if (meetings.Select(m => m.GroupKey).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            throw new GraphEditException($"meetings {string.Join(", ", meetings.Select(m => m.Id))} have different participants; only reports of the same people can be one meeting.");
        }

        var reports = meetings.SelectMany(m => m.Reports).Select(r => r.Id).ToList();
        var inMerge = reports.ToHashSet(StringComparer.Ordinal);
        return new MeetingEditPlan(
            Star(reports, MeetingDecisionKind.Same),
            existing.Where(d => d.Kind == MeetingDecisionKind.Apart && inMerge.Contains(d.ReportA) && inMerge.Contains(d.ReportB)).ToList(),
            [reports[0]]);
    }

    /// <summary>The reports of the given articles leave the meeting as a meeting of their own; the rest stay together.</summary>
    public static MeetingEditPlan Split(string meetingId, IReadOnlyCollection<string> articleIds, IReadOnlyList<ClusteredMeeting> derived, IReadOnlyList<MeetingDecision> existing)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var meeting = Find(meetingId, derived);
        var articles = meeting.Reports.Select(r => r.ArticleId).Distinct(StringComparer.Ordinal).ToList();
        if (articles.Count < 2)
        {
            throw new GraphEditException($"meeting {meetingId} has one source; there is nothing to split.");
        }

        var leaving = articleIds.Count == 0 && articles.Count == 2 ? [articles[1]] : articleIds.ToHashSet(StringComparer.Ordinal);
        if (leaving.Count == 0)
        {
            throw new GraphEditException($"meeting {meetingId} has {articles.Count} sources; name the articles to split off (their ids are in the meeting's sources).");
        }

        if (leaving.FirstOrDefault(a => !articles.Contains(a, StringComparer.Ordinal)) is { } stranger)
        {
            throw new GraphEditException($"article {InputEcho.Quote(stranger)} is not a source of meeting {meetingId}.");
        }

        var moved = meeting.Reports.Where(r => leaving.Contains(r.ArticleId)).Select(r => r.Id).ToList();
        var staying = meeting.Reports.Where(r => !leaving.Contains(r.ArticleId)).Select(r => r.Id).ToList();
        if (staying.Count == 0)
        {
            throw new GraphEditException($"splitting off every source of meeting {meetingId} would leave nothing behind; name only some of its articles.");
        }

        var movedSet = moved.ToHashSet(StringComparer.Ordinal);
        var stayingSet = staying.ToHashSet(StringComparer.Ordinal);
        bool Across(MeetingDecision d) =>
            (movedSet.Contains(d.ReportA) && stayingSet.Contains(d.ReportB)) || (stayingSet.Contains(d.ReportA) && movedSet.Contains(d.ReportB));
        return new MeetingEditPlan(
            [.. Star(moved, MeetingDecisionKind.Same), .. Star(staying, MeetingDecisionKind.Same), new MeetingDecision(MeetingDecisionKind.Apart, moved[0], staying[0])],
            existing.Where(d => d.Kind == MeetingDecisionKind.Same && Across(d)).ToList(),
            [staying[0], moved[0]]);
    }

    /// <summary>The ids of the meetings the edit leaves, given the reports of the people concerned and the decisions before it.</summary>
    public IReadOnlyList<string> MeetingIdsAfter(IReadOnlyList<MeetingReport> reports, IReadOnlyList<MeetingDecision> existing)
    {
        var removed = Remove.ToHashSet();
        var meetings = MeetingClustering.Cluster(reports, existing.Where(d => !removed.Contains(d)).Concat(Add));
        return Leads.Select(lead => meetings.First(m => m.Reports.Any(r => string.Equals(r.Id, lead, StringComparison.Ordinal))).Id).ToList();
    }

    private static ClusteredMeeting Find(string id, IReadOnlyList<ClusteredMeeting> derived) =>
        derived.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.Ordinal))
        ?? throw new GraphEditException($"no meeting has the id {InputEcho.Quote(id)}.");

    private static List<MeetingDecision> Star(List<string> reports, MeetingDecisionKind kind) =>
        reports.Skip(1).Select(r => new MeetingDecision(kind, reports[0], r)).ToList();
}
