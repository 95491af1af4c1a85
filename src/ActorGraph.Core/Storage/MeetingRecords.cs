using ActorGraph.Core.ReferenceData.OfficeHolders;

namespace ActorGraph.Core.Storage;

/// <summary>Filters over meetings that every store applies the same way after reading them.</summary>
public static class MeetingRecords
{
    /// <summary>The meetings where a participant other than <paramref name="participantId"/> (or, without one, anyone) held the office on the day.</summary>
    public static IReadOnlyList<MeetingRecord> WithParticipantInOffice(IReadOnlyList<MeetingRecord> meetings, string? participantId,
        IReadOnlyDictionary<string, IReadOnlyList<OfficeHeld>> offices, OfficeQuery office)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        ArgumentNullException.ThrowIfNull(offices);
        return meetings.Where(m => m.ParticipantIds.Any(id => id != participantId
            && OfficeAnswers.HeldAt(id, offices.GetValueOrDefault(id) ?? [], office, m.Date))).ToList();
    }
}
