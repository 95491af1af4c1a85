using ActorGraph.Core.Model;

namespace ActorGraph.Storage.Sqlite;

/// <summary>The stored spelling of statuses and modes, the same as the annotation format's.</summary>
internal static class EnumText
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

    public static MeetingStatus Status(string text) => text switch
    {
        "held" => MeetingStatus.Held,
        "planned" => MeetingStatus.Planned,
        _ => MeetingStatus.Cancelled,
    };

    public static MeetingMode Mode(string text) => text switch
    {
        "call" => MeetingMode.Call,
        "virtual" => MeetingMode.Virtual,
        _ => MeetingMode.InPerson,
    };
}
