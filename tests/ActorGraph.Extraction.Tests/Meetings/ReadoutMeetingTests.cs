using ActorGraph.Core.Annotation;
using ActorGraph.Core.Model;

namespace ActorGraph.Extraction.Tests.Meetings;

/// <summary>
/// How governments' readouts, travel announcements and public schedules report meetings: lists of officials,
/// principals named by title, scenes set by an earlier sentence, schedule lines. Articles in our own words.
/// </summary>
public sealed class ReadoutMeetingTests
{
    private static IEnumerable<string> Pairs(ArticleGraph graph) =>
        graph.Meetings.SelectMany(m => m.Participants.SelectMany(a => m.Participants.Where(b => string.CompareOrdinal(a, b) < 0).Select(b => a + " + " + b))).Order();

    [Fact]
    public void Extract_TwoVisitorsMeetAList_OneMeetingOfEveryone()
    {
        var graph = Extract.TextAlone(
            "Secretary of State Ann Lowry and Secretary of Defense Ben Ortiz met with President Ivan Petrenko, Foreign Minister Olha Marchenko, and Ambassador Taras Bondar.");

        var meeting = Assert.Single(graph.Meetings);
        Assert.Equal(5, meeting.Participants.Count);
    }

    [Fact]
    public void Extract_OneVisitorMeetsOneGovernmentsOfficials_SeparateMeetings()
    {
        var graph = Extract.TextAlone("Deputy Secretary of State Ann Lowry met with Paraguayan President Luis Ortega and Paraguayan Foreign Minister Elena Ruiz.");

        Assert.Equal(2, graph.Meetings.Count);
        Assert.All(graph.Meetings, m => Assert.Contains("Ann Lowry", m.Participants));
    }

    [Fact]
    public void Extract_OneVisitorMeetsPeersOfSeveralCountries_OneMeeting()
    {
        var graph = Extract.TextAlone(
            "Secretary Ann Lowry met with Costa Rican Foreign Minister Luis Mora, Dominican Foreign Minister Elena Pena, and Panamanian Foreign Minister Rosa Vidal on March 2.");

        Assert.Equal(4, Assert.Single(graph.Meetings).Participants.Count);
    }

    [Fact]
    public void Extract_MeetBilaterally_SeparateMeetingsEvenForSeveralCountries()
    {
        var graph = Extract.TextAlone(
            "Secretary Ann Lowry will meet bilaterally with Costa Rican Foreign Minister Luis Mora and Dominican Foreign Minister Elena Pena.");

        Assert.Equal(2, graph.Meetings.Count);
    }

    [Fact]
    public void Extract_PrincipalNamedByTitleOrAsTheDelegation_IsTheMeetingsSubject()
    {
        var graph = Extract.TextAlone(
            "Deputy Secretary of State Ann Lowry will travel to Gabon and Angola. " +
            "From May 5 to 6, the Deputy Secretary will travel to Libreville, Gabon, where she will meet with Gabonese President Paul Mba. " +
            "Under Secretary Carl Voss led an interagency delegation to Panama. The delegation met with Panamanian President Jose Arias.");

        Assert.Equal(["Ann Lowry + Paul Mba", "Carl Voss + Jose Arias"], Pairs(graph));
    }

    [Fact]
    public void Extract_DateRange_GivesNoSingleDay()
    {
        var graph = Extract.TextAlone("Deputy Secretary Ann Lowry will travel to Luanda, Angola from May 4 to 5 to meet with Angolan President Joao Neto.");

        var meeting = Assert.Single(graph.Meetings);
        Assert.Equal(MeetingStatus.Planned, meeting.Status);
        Assert.Null(meeting.Date);
        Assert.Equal("Luanda", meeting.Place);
    }

    [Fact]
    public void Extract_SceneSentenceThenWhileIn_MeetingTakesTheVisitsDay()
    {
        var graph = Extract.TextAlone(
            "Secretary of State Ann Lowry visited Kyiv, Ukraine yesterday. While in Kyiv, Secretary Lowry met with Ukrainian Foreign Minister Olha Marchenko.",
            publishedAt: "2022-04-25");

        Assert.Equal("2022-04-24", Assert.Single(graph.Meetings).Date);
    }

    [Fact]
    public void Extract_ScheduleLine_IsPlannedForTheSchedulesDay()
    {
        var graph = Extract.TextAlone(
            "Public Schedule\n\n10:30 a.m. LOCAL Secretary Ann Lowry meets with French Foreign Minister Luc Girard, in Paris, France.",
            publishedAt: "2021-06-25");

        var meeting = Assert.Single(graph.Meetings);
        Assert.Equal((MeetingStatus.Planned, "2021-06-25", "Paris"), (meeting.Status, meeting.Date, meeting.Place));
    }

    [Fact]
    public void Extract_HostOfTheTrilateralNamedNext_JoinsTheMeeting()
    {
        var graph = Extract.TextAlone(
            "Russian Foreign Minister Pavel Orlov and Ukrainian Foreign Minister Olha Marchenko met in Antalya on Thursday. " +
            "Turkish Foreign Minister Kemal Aydin hosted the trilateral meeting, which lasted an hour.");

        Assert.Equal(3, Assert.Single(graph.Meetings).Participants.Count);
    }

    [Fact]
    public void Extract_AsBeforeAnotherEvent_SplitsTheHeadline()
    {
        var graph = Extract.TextAlone("Japanese Prime Minister Kenji Sato met Ukrainian President Ivan Petrenko in Kyiv as Chinese President Li Wen meets Russian President Oleg Ivanov.");

        Assert.Equal(["Ivan Petrenko + Kenji Sato", "Li Wen + Oleg Ivanov"], Pairs(graph));
    }

    [Fact]
    public void Extract_FutureWeekdayInAStoryOfThatDay_IsThatDay()
    {
        var graph = Extract.TextAlone(
            "US President Tom Hale said he looked forward to meeting Turkish President Kemal Aydin on Tuesday.", publishedAt: "2023-07-11");

        Assert.Equal("2023-07-11", Assert.Single(graph.Meetings).Date);
    }

    [Fact]
    public void Extract_HeadlineSaysCall_BodysSpokeToIsTheCall()
    {
        var graph = Extract.Text(
            "PM call with President Tala Mensah: 4 May 2023\n\nPrime Minister Hugo Dorne spoke to President Tala Mensah of Ghana today. They agreed to meet in Accra.",
            "2023-05-04", title: "PM call with President Tala Mensah: 4 May 2023");

        var call = Assert.Single(graph.Meetings, m => m.Status == MeetingStatus.Held);
        Assert.Equal((MeetingMode.Call, null), (call.Mode, call.Place));
    }

    [Fact]
    public void Extract_SpokeToWithoutACallHeadline_StaysInPerson()
    {
        var graph = Extract.Text("Prime Minister Hugo Dorne spoke to President Tala Mensah of Ghana in Accra today.", "2023-05-04", title: "Leaders talk trade");

        Assert.Equal(MeetingMode.InPerson, Assert.Single(graph.Meetings).Mode);
    }
}
