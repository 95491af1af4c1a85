using System.Globalization;
using ActorGraph.Core.Annotation;
using ActorGraph.Core.Model;

namespace ActorGraph.Core.Storage;

/// <summary>
/// The days a reported meeting may have taken place on, so reports that do not fix the day still find each other:
/// a dated report is its own days; an undated one is read against its article's publication date (held: the two
/// weeks up to it; planned: the three months after it; called off: from a month before to three months after). Two
/// reports of the same people are one meeting when their windows overlap (and, unless both are dated, their mode
/// agrees: a call and a visit are two meetings). Both stores apply it, so they cannot drift apart.
/// </summary>
/// <param name="From">First possible day, yyyy-MM-dd.</param>
/// <param name="To">Last possible day, yyyy-MM-dd.</param>
public sealed record MeetingWindow(string From, string To)
{
    /// <summary>How far back an undated held meeting may lie from the story that reports it.</summary>
    public const int HeldDaysBefore = 14;

    /// <summary>How far ahead an undated planned meeting may lie.</summary>
    public const int PlannedDaysAfter = 90;

    /// <summary>How far back an undated called-off meeting may have been arranged for.</summary>
    public const int CancelledDaysBefore = 30;

    /// <summary>The report's window, or null when neither it nor its article gives a day (it then stays its own meeting).</summary>
    public static MeetingWindow? Of(MeetingMention meeting, string? publishedAt)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (StoredValues.IsoDate(meeting.Date) is { } date)
        {
            return new MeetingWindow(date, StoredValues.EndDate(meeting, date) ?? date);
        }

        var dayText = publishedAt is { Length: >= 10 } ? publishedAt[..10] : publishedAt;
        if (!DateOnly.TryParseExact(dayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return null;
        }

        var (before, after) = meeting.Status switch
        {
            MeetingStatus.Planned => (0, PlannedDaysAfter),
            MeetingStatus.Cancelled => (CancelledDaysBefore, PlannedDaysAfter),
            _ => (HeldDaysBefore, 0),
        };
        return new MeetingWindow(Iso(Shift(day, -before)), Iso(Shift(day, after)));
    }

    /// <summary>The days both windows allow, for two undated reports found to be one meeting.</summary>
    public static MeetingWindow Intersect(MeetingWindow a, MeetingWindow b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var from = string.CompareOrdinal(a.From, b.From) >= 0 ? a.From : b.From;
        var to = string.CompareOrdinal(a.To, b.To) <= 0 ? a.To : b.To;
        return string.CompareOrdinal(from, to) <= 0 ? new MeetingWindow(from, to) : a;
    }

    /// <summary>The day <paramref name="days"/> away, or the day itself where that would leave the calendar.</summary>
    private static DateOnly Shift(DateOnly day, int days)
    {
        var target = (long)day.DayNumber + days;
        return target < DateOnly.MinValue.DayNumber || target > DateOnly.MaxValue.DayNumber ? day : DateOnly.FromDayNumber((int)target);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
