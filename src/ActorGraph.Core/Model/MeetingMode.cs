namespace ActorGraph.Core.Model;

public enum MeetingMode
{
    InPerson,
    Call,
    Virtual,
}
