namespace ActorGraph.Core.Storage;

/// <summary>
/// Where a page of meetings ends: meetings are listed by date, undated ones last, then by id, so the next page starts
/// after this key (keyset paging; no position to count up to). <see cref="Order"/> is the date, or <see cref="Undated"/>,
/// which sorts after every ISO date.
/// </summary>
public sealed record MeetingCursor(string Order, string Id)
{
    public const string Undated = "~";

    public static MeetingCursor Of(MeetingRecord meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return new MeetingCursor(meeting.Date ?? Undated, meeting.Id);
    }

    /// <summary>True for a meeting listed after this cursor.</summary>
    public bool IsBefore(MeetingRecord meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var order = string.CompareOrdinal(meeting.Date ?? Undated, Order);
        return order > 0 || (order == 0 && string.CompareOrdinal(meeting.Id, Id) > 0);
    }
}
