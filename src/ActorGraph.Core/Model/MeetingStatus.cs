namespace ActorGraph.Core.Model;

/// <summary>Whether a meeting happened, is arranged, or was called off.</summary>
public enum MeetingStatus
{
    Held,
    Planned,
    Cancelled,
}
