using ActorGraph.Core.Model;

namespace ActorGraph.Extraction.Tests.Meetings;

public sealed class MeetingExtractorTests
{
    private const string People = "US Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi were in town. ";

    [Theory]
    [InlineData("Blinken met Wang in Jakarta on Thursday.", MeetingStatus.Held, MeetingMode.InPerson, "2023-10-12")]
    [InlineData("Blinken will meet Wang in Jakarta on Friday.", MeetingStatus.Planned, MeetingMode.InPerson, "2023-10-13")]
    [InlineData("Blinken spoke by phone with Wang on Tuesday.", MeetingStatus.Held, MeetingMode.Call, "2023-10-10")]
    [InlineData("A meeting between Blinken and Wang was called off on Saturday.", MeetingStatus.Cancelled, MeetingMode.InPerson, "2023-10-14")]
    [InlineData("Blinken and Wang held a video conference on Oct. 3.", MeetingStatus.Held, MeetingMode.Virtual, "2023-10-03")]
    [InlineData("Wang was received by Blinken on Thursday.", MeetingStatus.Held, MeetingMode.InPerson, "2023-10-12")]
    public void Extract_MeetingSentence_GivesStatusModeAndDate(string sentence, MeetingStatus status, MeetingMode mode, string date)
    {
        var graph = Extract.Text(People + sentence);

        var meeting = Assert.Single(graph.Meetings);
        Assert.Equal(["Antony Blinken", "Wang Yi"], meeting.Participants.Order());
        Assert.Equal(status, meeting.Status);
        Assert.Equal(mode, meeting.Mode);
        Assert.Equal(date, meeting.Date);
        Assert.Equal(sentence, meeting.Evidence);
    }

    [Theory]
    [InlineData("Blinken did not meet Wang during the trip.")]
    [InlineData("Blinken refused to meet Wang.")]
    [InlineData("Blinken declined to receive Wang on Monday.")]
    [InlineData("Blinken has yet to meet Wang.")]
    [InlineData("Blinken invited Wang to visit Washington.")]
    [InlineData("Blinken praised Wang for his patience.")]
    public void Extract_NegatedOrNoMeetingWord_GivesNoMeeting(string sentence)
    {
        var graph = Extract.Text(People + sentence);

        Assert.Empty(graph.Meetings);
    }

    [Fact]
    public void Extract_MeetWithTwoPeople_GivesSeparateOneToOneMeetings()
    {
        var graph = Extract.Text("After Israel, US Secretary of State Antony Blinken planned to visit Jordan to meet with King Abdullah and Palestinian Authority President Mahmoud Abbas.");

        Assert.Equal(2, graph.Meetings.Count);
        Assert.All(graph.Meetings, m => Assert.Equal(MeetingStatus.Planned, m.Status));
        Assert.All(graph.Meetings, m => Assert.Equal("JO", m.Country));
        Assert.Equal(["Abdullah", "Mahmoud Abbas"], graph.Meetings.Select(m => m.Participants[1]).Order());
    }

    [Fact]
    public void Extract_TrilateralSummit_IsOneMeetingOfThree()
    {
        var graph = Extract.Text("US President Joe Biden hosted Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol for a trilateral summit at Camp David on Friday, Aug. 18, 2023.");

        var meeting = Assert.Single(graph.Meetings);
        Assert.Equal(3, meeting.Participants.Count);
        Assert.Equal("Camp David", meeting.Place);
        Assert.Equal("2023-08-18", meeting.Date);
    }
}
