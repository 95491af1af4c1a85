namespace ActorGraph.Core.Model;

/// <summary>How exactly the sources fix when a meeting took place.</summary>
public enum DatePrecision
{
    /// <summary>A source gives the day.</summary>
    Day,

    /// <summary>A source gives its first and last day (a visit, a conference).</summary>
    Days,

    /// <summary>No source gives the day; the days it may have been on follow from when it was reported.</summary>
    Window,

    /// <summary>Nothing fixes it: no day and no publication date.</summary>
    Unknown,
}
