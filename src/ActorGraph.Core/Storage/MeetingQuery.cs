using ActorGraph.Core.Model;

namespace ActorGraph.Core.Storage;

/// <summary>A <see cref="MeetingFilter"/> with its person resolved to an id and its country to a code, as a store reads it.</summary>
/// <param name="ParticipantId">Only meetings this person attended.</param>
/// <param name="CountryCode">Only meetings held in this country or attended by someone acting for it.</param>
/// <param name="From">Inclusive ISO date; with a date bound, undated meetings are left out.</param>
/// <param name="To">Inclusive ISO date.</param>
public sealed record MeetingQuery(string? ParticipantId, string? CountryCode, string? From, string? To, MeetingStatus? Status);
