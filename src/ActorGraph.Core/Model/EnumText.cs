namespace ActorGraph.Core.Model;

/// <summary>How stores spell statuses and modes: the same words as the annotation format.</summary>
public static class EnumText
{
    public static string Of(MeetingStatus status) => status switch
    {
        MeetingStatus.Held => "held",
        MeetingStatus.Planned => "planned",
        _ => "cancelled",
    };

    public static string Of(MeetingMode mode) => mode switch
    {
        MeetingMode.Call => "call",
        MeetingMode.Virtual => "virtual",
        _ => "in_person",
    };

    public static string Of(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Days => "days",
        DatePrecision.Window => "window",
        _ => "unknown",
    };

    public static MeetingStatus Status(string text) => text switch
    {
        "held" => MeetingStatus.Held,
        "planned" => MeetingStatus.Planned,
        _ => MeetingStatus.Cancelled,
    };

    /// <summary>How stores spell a person's ruling on two reports.</summary>
    public static string Of(MeetingDecisionKind kind) => kind == MeetingDecisionKind.Same ? "same" : "apart";

    public static MeetingDecisionKind DecisionKind(string text) => text == "same" ? MeetingDecisionKind.Same : MeetingDecisionKind.Apart;

    public static MeetingMode Mode(string text) => text switch
    {
        "call" => MeetingMode.Call,
        "virtual" => MeetingMode.Virtual,
        _ => MeetingMode.InPerson,
    };
}
