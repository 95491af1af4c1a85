using ActorGraph.Core.Model;

namespace ActorGraph.Core.Storage;

/// <param name="Participant">A person id or name as people write it.</param>
/// <param name="Country">ISO code: meetings held in that country or attended by someone acting for it.</param>
/// <param name="From">Inclusive ISO date.</param>
/// <param name="To">Inclusive ISO date.</param>
/// <param name="CounterpartOffice">
/// An office as a user writes it ("foreign minister"): meetings where someone other than <paramref name="Participant"/>
/// held it on the day (or, without a participant, where anyone did).
/// </param>
public sealed record MeetingFilter(
    string? Participant = null,
    string? Country = null,
    string? From = null,
    string? To = null,
    MeetingStatus? Status = null,
    string? CounterpartOffice = null);
