using ActorGraph.Core.Model;

namespace ActorGraph.Core.Storage;

/// <summary>
/// A person's ruling on two reports, kept so that later ingests cluster around it: <see cref="MeetingDecisionKind.Same"/>
/// joins them into one meeting whatever their dates say; <see cref="MeetingDecisionKind.Apart"/> keeps their meetings apart.
/// </summary>
public sealed record MeetingDecision(MeetingDecisionKind Kind, string ReportA, string ReportB);
