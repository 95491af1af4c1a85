using ActorGraph.Core.Annotation;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;

namespace ActorGraph.Core.Tests.Storage;

public sealed class MeetingWindowTests
{
    [Theory]
    [InlineData(MeetingStatus.Held, "2024-02-20", "2024-03-05")]
    [InlineData(MeetingStatus.Planned, "2024-03-05", "2024-06-03")]
    [InlineData(MeetingStatus.Cancelled, "2024-02-04", "2024-06-03")]
    public void Of_UndatedReport_IsTheDaysItsPublicationAllows(MeetingStatus status, string from, string to) =>
        Assert.Equal(new MeetingWindow(from, to), MeetingWindow.Of(Report(status, null), "2024-03-05T09:30:00Z"));

    [Fact]
    public void Of_DatedReport_IsItsOwnDays() =>
        Assert.Equal(new MeetingWindow("2024-03-04", "2024-03-06"), MeetingWindow.Of(Report(MeetingStatus.Held, "2024-03-04") with { EndDate = "2024-03-06" }, "2024-03-08"));

    [Theory]
    [InlineData(null)]
    [InlineData("last Tuesday")]
    public void Of_UndatedReportWithoutAPublicationDate_HasNone(string? publishedAt) =>
        Assert.Null(MeetingWindow.Of(Report(MeetingStatus.Held, null), publishedAt));

    [Fact]
    public void Of_AtTheCalendarsEnds_StaysOnTheCalendar()
    {
        Assert.Equal(new MeetingWindow("0001-01-01", "0001-01-01"), MeetingWindow.Of(Report(MeetingStatus.Held, null), "0001-01-01"));
        Assert.Equal(new MeetingWindow("9999-12-31", "9999-12-31"), MeetingWindow.Of(Report(MeetingStatus.Planned, null), "9999-12-31"));
    }

    [Fact]
    public void Intersect_IsTheDaysBothAllow() =>
        Assert.Equal(new MeetingWindow("2024-02-24", "2024-03-05"), MeetingWindow.Intersect(new("2024-02-20", "2024-03-05"), new("2024-02-24", "2024-03-09")));

    private static MeetingMention Report(MeetingStatus status, string? date) =>
        new(["Antony Blinken", "Wang Yi"], status, MeetingMode.InPerson, date, null, null, "They met.");
}
