using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;

namespace ActorGraph.Core.Tests.Storage;

public sealed class MeetingClusteringTests
{
    private const string Pair = "person/a|person/b";

    /// <summary>
    /// Reports chosen so that arrival order used to matter: an undated report fits two dated meetings two days apart,
    /// and two undated reports fit each other and one of them. Every order of them must give one answer.
    /// </summary>
    private static readonly MeetingReport[] Tricky =
    [
        Dated("x#0", "2024-03-02"),
        Dated("y#0", "2024-03-04"),
        Undated("z#0", "2024-02-20", "2024-03-05"),
        Undated("w#0", "2024-02-25", "2024-03-10"),
        Undated("v#0", "2024-03-06", "2024-03-20"),
        Undated("u#0", "2024-03-08", "2024-03-22", mode: "call"),
        Dated("t#0", "2024-03-04", status: "planned"),
    ];

    [Fact]
    public void Cluster_GivesTheSameMeetings_InEveryOrder()
    {
        var expected = Describe(MeetingClustering.Cluster(Tricky, []));
        var random = new Random(5);
        for (var i = 0; i < 200; i++)
        {
            var shuffled = Tricky.OrderBy(_ => random.Next()).ToArray();
            Assert.Equal(expected, Describe(MeetingClustering.Cluster(shuffled, [])));
        }

        // The undated reports join the earliest dated meeting they fit; the one whose days start after both dated
        // meetings, and the call, are meetings of their own; the planned report of the 4th joins the held one.
        Assert.Equal(
            [
                "2024-03-02 held in_person: w#0 x#0 z#0",
                "2024-03-04 held in_person: t#0 y#0",
                "undated held in_person: v#0",
                "undated held call: u#0",
            ],
            expected);
    }

    [Fact]
    public void Cluster_UndatedReports_NarrowToTheDaysAllAllow_AndTheIdIsTheFirstReportsArticle()
    {
        var meeting = Assert.Single(MeetingClustering.Cluster([Undated("b#0", "2024-03-01", "2024-03-15"), Undated("a#1", "2024-03-05", "2024-03-19")], []));
        Assert.Equal(new MeetingWindow("2024-03-05", "2024-03-15"), meeting.Window);
        Assert.Equal(ActorGraph.Core.Identity.NodeIds.Meeting(["person/a", "person/b"], null, "b"), meeting.Id);
        Assert.Equal(["b#0", "a#1"], meeting.Reports.Select(r => r.Id));
    }

    [Fact]
    public void Cluster_Apart_KeepsTwoReportsOfOneDayInTwoMeetings_WithDistinctIds()
    {
        MeetingReport[] reports = [Dated("a#0", "2024-03-04"), Dated("b#0", "2024-03-04"), Undated("c#0", "2024-02-25", "2024-03-10")];
        Assert.Single(MeetingClustering.Cluster(reports, []));

        var split = MeetingClustering.Cluster(reports, [new MeetingDecision(MeetingDecisionKind.Apart, "b#0", "a#0")]);

        Assert.Equal(2, split.Count);
        Assert.Equal(2, split.Select(m => m.Id).Distinct().Count());
        Assert.Equal(["a#0 c#0", "b#0"], split.Select(m => string.Join(' ', m.Reports.Select(r => r.Id))));
    }

    [Fact]
    public void Cluster_Same_JoinsReportsTheirDaysKeepApart_AndTheMeetingKeepsTheEarliestDay()
    {
        MeetingReport[] reports = [Dated("a#0", "2024-03-04"), Dated("b#0", "2024-05-20"), Dated("c#0", "2024-05-20")];
        Assert.Equal(2, MeetingClustering.Cluster(reports, []).Count);

        var merged = Assert.Single(MeetingClustering.Cluster(reports, [new MeetingDecision(MeetingDecisionKind.Same, "c#0", "a#0")]));

        Assert.Equal("2024-03-04", merged.Date);
        Assert.Equal(3, merged.Reports.Count); // b joins the day of c, which a person joined to a
    }

    [Fact]
    public void Cluster_DecisionsOnUnknownReports_AndReportsWithoutDays_ChangeNothingElse()
    {
        var reports = new[] { Dated("a#0", "2024-03-04"), Dated("b#0", "2024-03-04") with { Window = null, Date = null } };
        var meetings = MeetingClustering.Cluster(reports, [new MeetingDecision(MeetingDecisionKind.Apart, "gone#0", "a#0")]);
        Assert.Equal(2, meetings.Count); // a report without any day cannot be placed, so it stays its own meeting
    }

    [Fact]
    public void Cluster_ReportsOfOneGathering_AreOneMeetingOfAllTheirParticipants_NamedByTheGathering()
    {
        MeetingReport Attended(string id, string visitor, string date) =>
            new(id, id[..id.IndexOf('#', StringComparison.Ordinal)], $"person/{visitor}|person/president", date, "2016-04-01", "held", "in_person", null, "US",
                new MeetingWindow(date, "2016-04-01"), "Attended the Nuclear Security Summit.", "nuclear security summit");
        MeetingReport[] reports = [Attended("a#0", "abe", "2016-03-31"), Attended("b#0", "xi", "2016-03-31"), Attended("c#0", "park", "2016-03-30"),
            Dated("d#0", "2016-03-31") with { ParticipantsKey = "person/abe|person/president" }];

        var meetings = MeetingClustering.Cluster(reports, []);

        var summit = Assert.Single(meetings, m => m.GroupKey == "gathering:nuclear security summit");
        Assert.Equal("person/abe|person/park|person/president|person/xi", summit.ParticipantsKey);
        Assert.Equal(("2016-03-30", 3), (summit.Date, summit.Reports.Count));
        Assert.Single(meetings, m => m.GroupKey == "person/abe|person/president"); // a meeting of the two alone stays their own
        var later = MeetingClustering.Cluster([.. reports, Attended("e#0", "modi", "2016-03-31")], []);
        Assert.Equal(summit.Id, Assert.Single(later, m => m.GroupKey == summit.GroupKey).Id); // one more attendee does not rename it
    }

    private static List<string> Describe(IReadOnlyList<ClusteredMeeting> meetings) =>
        meetings.Select(m => $"{m.Date ?? "undated"} {m.Status} {m.Mode}: {string.Join(' ', m.Reports.Select(r => r.Id).Order(StringComparer.Ordinal))}").ToList();

    private static MeetingReport Dated(string id, string date, string status = "held", string mode = "in_person") =>
        new(id, id[..id.IndexOf('#', StringComparison.Ordinal)], Pair, date, null, status, mode, null, null, new MeetingWindow(date, date), null);

    private static MeetingReport Undated(string id, string from, string to, string status = "held", string mode = "in_person") =>
        new(id, id[..id.IndexOf('#', StringComparison.Ordinal)], Pair, null, null, status, mode, null, null, new MeetingWindow(from, to), null);
}
