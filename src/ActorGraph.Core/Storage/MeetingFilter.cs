using ActorGraph.Core.Model;

namespace ActorGraph.Core.Storage;

/// <param name="Participant">A person id or name as people write it.</param>
/// <param name="Country">ISO code: meetings held in that country or attended by someone acting for it.</param>
/// <param name="From">Inclusive ISO date.</param>
/// <param name="To">Inclusive ISO date.</param>
public sealed record MeetingFilter(
    string? Participant = null,
    string? Country = null,
    string? From = null,
    string? To = null,
    MeetingStatus? Status = null);
