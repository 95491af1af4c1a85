using ActorGraph.Core.Identity;
using ActorGraph.Core.Model;

namespace ActorGraph.Core.Storage;

/// <summary>
/// Which reports are one meeting. Reports of the same participants (or of the same gathering) whose windows overlap (<see cref="MeetingWindow"/>)
/// are one meeting, a call and a visit apart unless both are dated; the most settled status wins. The answer is a
/// function of the set of reports and decisions alone: reports are taken in a canonical order (dated first, by day;
/// then undated, by window; then by id), never in the order they arrived, so any order, batch size or number of
/// workers gives the same meetings with the same ids. Both stores call it for the participants a batch touched.
/// </summary>
public static class MeetingClustering
{
    /// <summary>The meetings of the given reports, grouped by participants, under the people's decisions.</summary>
    public static IReadOnlyList<ClusteredMeeting> Cluster(IEnumerable<MeetingReport> reports, IEnumerable<MeetingDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(decisions);
        var decisionList = decisions.ToList();
        var meetings = new List<ClusteredMeeting>();
        foreach (var group in reports.DistinctBy(r => r.Id, StringComparer.Ordinal).GroupBy(r => r.GroupKey, StringComparer.Ordinal)
                     .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            meetings.AddRange(ClusterOneGroup(InCanonicalOrder(group), decisionList));
        }

        return meetings;
    }

    /// <summary>
    /// Reports in the order they are clustered in. Input already in that order (a store's cached reports with the few
    /// new ones merged in, <see cref="MergeInCanonicalOrder"/>) is only checked, not sorted again.
    /// </summary>
    public static List<MeetingReport> InCanonicalOrder(IEnumerable<MeetingReport> reports)
    {
        var list = reports.ToList();
        for (var i = 1; i < list.Count; i++)
        {
            if (CanonicalOrder.Instance.Compare(list[i - 1], list[i]) > 0)
            {
                list.Sort(CanonicalOrder.Instance);
                break;
            }
        }

        return list;
    }

    /// <summary>Reports already in canonical order with some more, in canonical order.</summary>
    public static List<MeetingReport> MergeInCanonicalOrder(IReadOnlyList<MeetingReport> ordered, IEnumerable<MeetingReport> more)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        var added = InCanonicalOrder(more);
        var merged = new List<MeetingReport>(ordered.Count + added.Count);
        var (i, j) = (0, 0);
        while (i < ordered.Count || j < added.Count)
        {
            merged.Add(j >= added.Count || (i < ordered.Count && CanonicalOrder.Instance.Compare(ordered[i], added[j]) <= 0) ? ordered[i++] : added[j++]);
        }

        return merged;
    }

    private static List<ClusteredMeeting> ClusterOneGroup(List<MeetingReport> reports, List<MeetingDecision> decisions)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reports.Count; i++)
        {
            index[reports[i].Id] = i;
        }

        // Reports a person declared the same meeting move as one block, led by the first of them in canonical order.
        var root = Enumerable.Range(0, reports.Count).ToArray();
        int Find(int i) => root[i] == i ? i : root[i] = Find(root[i]);
        var apart = new List<(int A, int B)>();
        foreach (var decision in decisions)
        {
            if (!index.TryGetValue(decision.ReportA, out var a) || !index.TryGetValue(decision.ReportB, out var b))
            {
                continue;
            }

            if (decision.Kind == MeetingDecisionKind.Same)
            {
                var (ra, rb) = (Find(a), Find(b));
                root[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
            else
            {
                apart.Add((a, b));
            }
        }

        var blocks = Enumerable.Range(0, reports.Count).GroupBy(Find).OrderBy(g => g.Key).Select(g => g.Order().ToList()).ToList();
        var apartBlocks = apart.Select(p => (Find(p.A), Find(p.B))).ToHashSet();
        var clusters = new List<MeetingUnderway>();
        var days = new DayIndex();
        foreach (var block in blocks)
        {
            var lead = reports[block[0]];
            var blockRoot = block[0];
            var home = lead.Window is null
                ? null
                : days.FirstAmong(lead.Window, clusters, c => c.Accepts(lead) && !c.Roots.Exists(r => apartBlocks.Contains((r, blockRoot)) || apartBlocks.Contains((blockRoot, r))));
            if (home is null)
            {
                home = new MeetingUnderway(lead, clusters.Count);
                clusters.Add(home);
                days.Add(lead.Window, home);
            }

            home.Roots.Add(blockRoot);
            foreach (var member in block)
            {
                if (home.Add(reports[member]) is { } newDays)
                {
                    days.Add(newDays, home);
                }
            }
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        return clusters.ConvertAll(c => c.ToMeeting(ids));
    }

    /// <summary>A meeting being assembled: its first report fixes mode and, when dated, its days.</summary>
    private sealed class MeetingUnderway(MeetingReport first, int order)
    {
        private readonly List<MeetingReport> _reports = [];
        private readonly List<MeetingWindow> _datedDays = [];
        private string? _date;

        /// <summary>Its place in creation order: the first meeting a report fits is the one it joins.</summary>
        public int Order { get; } = order;

        public List<int> Roots { get; } = [];

        private MeetingWindow? Window { get; set; } = first.Window;

        /// <summary>
        /// Whether the report may be this meeting: its days overlap the meeting's (for a dated meeting, any of its dated
        /// reports' days, so a report of a visit's second day, or of a day a person joined to it, finds it).
        /// </summary>
        public bool Accepts(MeetingReport report) =>
            report.Window is { } theirs
            && (_date is null ? Window is { } window && Overlap(window, theirs) : _datedDays.Exists(days => Overlap(days, theirs)))
            && ((report.Date is not null && _date is not null) || string.Equals(first.Mode, report.Mode, StringComparison.Ordinal));

        private static bool Overlap(MeetingWindow a, MeetingWindow b) =>
            string.CompareOrdinal(a.From, b.To) <= 0 && string.CompareOrdinal(a.To, b.From) >= 0;

        /// <summary>Adds the report; returns days on which the meeting can now be found that it could not before, if any.</summary>
        public MeetingWindow? Add(MeetingReport report)
        {
            // An undated meeting takes the first dated report's days; undated reports narrow it to the days all allow.
            if (_reports.Count > 0 && report.Window is { } theirs && Window is { } ours)
            {
                Window = _date is null && report.Date is not null ? theirs
                    : report.Date is null && _date is null ? MeetingWindow.Intersect(ours, theirs) : ours;
            }

            _reports.Add(report);
            if (report.Date is null || report.Window is not { } days)
            {
                return null;
            }

            _date ??= report.Date;
            if (_datedDays.Contains(days))
            {
                return null;
            }

            _datedDays.Add(days);
            return days;
        }

        public ClusteredMeeting ToMeeting(HashSet<string> ids)
        {
            var dated = _reports.Find(r => r.Date is not null);
            var status = _reports.Select(r => EnumText.Status(r.Status)).Aggregate(MeetingStatusPrecedence.Stronger);
            // A gathering's participants grow with its reports, so it is named by the gathering, not by who attended.
            IReadOnlyList<string> name = first.Gathering is null ? first.Participants : [first.GroupKey];
            var id = NodeIds.Meeting(name, dated?.Date, first.ArticleId);
            if (!ids.Add(id))
            {
                // Two meetings on one day exist only where a person split them: the later one is named by its first report.
                id = NodeIds.Meeting(name, null, first.Id);
                ids.Add(id);
            }

            var participants = NodeIds.ParticipantsKey(_reports.SelectMany(r => r.Participants).Distinct(StringComparer.Ordinal));
            return new ClusteredMeeting(id, first.GroupKey, participants, dated?.Date, dated?.EndDate, EnumText.Of(status), first.Mode,
                _reports.Find(r => r.PlaceId is not null)?.PlaceId, _reports.Find(r => r.Country is not null)?.Country, Window, _reports.ToList());
        }
    }

    /// <summary>
    /// The meetings under way by the days they can be found on, so a report is tried only against meetings whose days
    /// it overlaps instead of against every meeting of its group (thousands, for a pair in the news every week).
    /// Entries are never removed: an undated meeting whose window narrowed is still listed on its old days, and
    /// <see cref="MeetingUnderway.Accepts"/> decides.
    /// </summary>
    private sealed class DayIndex
    {
        /// <summary>Longer windows (a decade-long "visit") are not listed day by day; such reports are tried against every meeting.</summary>
        private const int MaxListedDays = 400;

        private readonly Dictionary<int, List<MeetingUnderway>> _byDay = [];
        private readonly Dictionary<string, int> _dayNumbers = new(StringComparer.Ordinal);
        private readonly List<MeetingUnderway> _unlisted = [];

        public void Add(MeetingWindow? window, MeetingUnderway meeting)
        {
            if (window is null)
            {
                return;
            }

            if (Span(window) is not var (from, to))
            {
                _unlisted.Add(meeting);
                return;
            }

            for (var day = from; day <= to; day++)
            {
                if (!_byDay.TryGetValue(day, out var list))
                {
                    _byDay[day] = list = [];
                }

                if (list.Count == 0 || list[^1] != meeting)
                {
                    list.Add(meeting);
                }
            }
        }

        /// <summary>The earliest-created meeting listed on one of the window's days that satisfies <paramref name="fits"/>.</summary>
        public MeetingUnderway? FirstAmong(MeetingWindow window, List<MeetingUnderway> all, Func<MeetingUnderway, bool> fits)
        {
            if (Span(window) is not var (from, to))
            {
                return all.Find(c => fits(c));
            }

            MeetingUnderway? best = null;
            foreach (var candidate in _unlisted.Concat(Enumerable.Range(from, to - from + 1).SelectMany(d => _byDay.GetValueOrDefault(d) ?? [])))
            {
                if ((best is null || candidate.Order < best.Order) && fits(candidate))
                {
                    best = candidate;
                }
            }

            return best;
        }

        private (int From, int To)? Span(MeetingWindow window)
        {
            var (from, to) = (DayNumber(window.From), DayNumber(window.To));
            return from is { } f && to is { } t && t >= f && t - f <= MaxListedDays ? (f, t) : null;
        }

        private int? DayNumber(string day)
        {
            if (_dayNumbers.TryGetValue(day, out var known))
            {
                return known;
            }

            if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
            {
                return null;
            }

            return _dayNumbers[day] = parsed.DayNumber;
        }
    }

    /// <summary>Dated reports first, by day; then undated ones by window; then those with no day at all; ties by id.</summary>
    private sealed class CanonicalOrder : IComparer<MeetingReport>
    {
        public static readonly CanonicalOrder Instance = new();

        public int Compare(MeetingReport? x, MeetingReport? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            return Rank(x).CompareTo(Rank(y)) is not 0 and var byRank ? byRank
                : string.CompareOrdinal(x.Date, y.Date) is not 0 and var byDate ? byDate
                : string.CompareOrdinal(x.EndDate, y.EndDate) is not 0 and var byEnd ? byEnd
                : string.CompareOrdinal(x.Window?.From, y.Window?.From) is not 0 and var byFrom ? byFrom
                : string.CompareOrdinal(x.Window?.To, y.Window?.To) is not 0 and var byTo ? byTo
                : string.CompareOrdinal(x.Id, y.Id);
        }

        private static int Rank(MeetingReport r) => r.Date is not null ? 0 : r.Window is not null ? 1 : 2;
    }
}
