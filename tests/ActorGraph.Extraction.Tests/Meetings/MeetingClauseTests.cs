using ActorGraph.Core.Model;

namespace ActorGraph.Extraction.Tests.Meetings;

/// <summary>Sentences that report more than one encounter, or report one beside a decision or a statement.</summary>
public sealed class MeetingClauseTests
{
    [Fact]
    public void Extract_TwoClauses_GiveTwoMeetingsWithTheirOwnDates()
    {
        var graph = Extract.Text(
            "British Prime Minister Keir Starmer is due to hold talks with U.S. President Donald Trump in Washington on Thursday, three days after French President Emmanuel Macron met Trump at the White House on Monday.",
            publishedAt: "2025-02-26");

        var starmer = Assert.Single(graph.Meetings, m => m.Participants.Contains("Keir Starmer"));
        Assert.Equal(["Donald Trump", "Keir Starmer"], starmer.Participants.Order());
        Assert.Equal((MeetingStatus.Planned, "2025-02-27", "Washington"), (starmer.Status, starmer.Date, starmer.Place));
        var macron = Assert.Single(graph.Meetings, m => m.Participants.Contains("Emmanuel Macron"));
        Assert.Equal(["Donald Trump", "Emmanuel Macron"], macron.Participants.Order());
        Assert.Equal((MeetingStatus.Held, "2025-02-24", "White House"), (macron.Status, macron.Date, macron.Place));
    }

    [Fact]
    public void Extract_CallThenNoPlansToMeet_GivesOnlyTheCall()
    {
        var graph = Extract.Text(
            "Secretary of State Marco Rubio spoke by phone with Russian Foreign Minister Sergei Lavrov on Monday, and a White House official said afterwards that there were no plans for President Donald Trump to meet Russian President Vladimir Putin.",
            publishedAt: "2025-10-22");

        var call = Assert.Single(graph.Meetings);
        Assert.Equal(["Marco Rubio", "Sergei Lavrov"], call.Participants.Order());
        Assert.Equal((MeetingStatus.Held, MeetingMode.Call, "2025-10-20"), (call.Status, call.Mode, call.Date));
    }

    [Fact]
    public void Extract_DateOfTheStatement_IsNotTheMeetingDate()
    {
        var graph = Extract.Text(
            "U.S. President Donald Trump said on Wednesday that he had cancelled a planned summit with Russian President Vladimir Putin in Budapest.",
            publishedAt: "2025-10-22");

        var meeting = Assert.Single(graph.Meetings);
        Assert.Equal(MeetingStatus.Cancelled, meeting.Status);
        Assert.Null(meeting.Date);
        Assert.Equal("Budapest", meeting.Place);
    }

    [Fact]
    public void Extract_NamedSummitOfABody_IsNotAMeetingOfThePeopleNamed()
    {
        var graph = Extract.Text(
            "Russian President Vladimir Putin will skip next month's BRICS summit in Johannesburg and be represented by Foreign Minister Sergei Lavrov, the office of South African President Cyril Ramaphosa said.",
            publishedAt: "2023-07-19");

        Assert.Empty(graph.Meetings);
    }

    [Fact]
    public void Extract_HeadlineAndBodyReportSamePeople_KeepsTheBodyReport()
    {
        var text = "Zelensky travels to Washington to meet Biden\n\nWASHINGTON — Ukrainian President Volodymyr Zelensky met U.S. President Joe Biden at the White House on Wednesday.";
        var graph = Extract.Text(text, publishedAt: "2022-12-21", title: "Zelensky travels to Washington to meet Biden");

        var meeting = Assert.Single(graph.Meetings);
        Assert.Equal((MeetingStatus.Held, "2022-12-21", "White House"), (meeting.Status, meeting.Date, meeting.Place));
    }

    [Fact]
    public void Extract_DatelineCity_IsThePlaceOfAnUnplacedMeetingInTheLead()
    {
        var graph = Extract.Text(
            "NEW YORK — U.S. President Joe Biden met Israeli Prime Minister Benjamin Netanyahu on the sidelines of the United Nations General Assembly on Wednesday.",
            publishedAt: "2023-09-20");

        var meeting = Assert.Single(graph.Meetings);
        Assert.Equal(("New York", "US"), (meeting.Place, meeting.Country));
    }
}
