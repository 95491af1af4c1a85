namespace ActorGraph.Core.Storage;

/// <summary>One page of meetings in date order, whether more follow, and how many match in all (null when not asked for).</summary>
public sealed record MeetingPage(IReadOnlyList<MeetingRecord> Meetings, bool HasMore, int? Total)
{
    /// <summary>The page of a whole list in date order: the meetings after <paramref name="after"/>, at most <paramref name="take"/>.</summary>
    public static MeetingPage Of(IReadOnlyList<MeetingRecord> all, MeetingCursor? after, int take, bool countTotal)
    {
        ArgumentNullException.ThrowIfNull(all);
        var rest = after is null ? all : all.Where(after.IsBefore).ToList();
        return new MeetingPage(rest.Take(take).ToList(), rest.Count > take, countTotal ? all.Count : null);
    }
}
