namespace ActorGraph.Core.Model;

public enum MeetingDecisionKind
{
    /// <summary>The two reports are one meeting.</summary>
    Same,

    /// <summary>The two reports are different meetings.</summary>
    Apart,
}
