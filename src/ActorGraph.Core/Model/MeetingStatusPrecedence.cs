namespace ActorGraph.Core.Model;

/// <summary>
/// When several sources report the same meeting with different statuses, the most settled one wins:
/// a report that it was held beats one that it was called off, which beats one that it was only planned.
/// </summary>
public static class MeetingStatusPrecedence
{
    public static int Rank(MeetingStatus status) => status switch
    {
        MeetingStatus.Held => 3,
        MeetingStatus.Cancelled => 2,
        _ => 1,
    };

    public static MeetingStatus Stronger(MeetingStatus a, MeetingStatus b) => Rank(a) >= Rank(b) ? a : b;
}
