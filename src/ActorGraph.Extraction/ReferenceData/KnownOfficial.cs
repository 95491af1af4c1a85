using ActorGraph.Core.Annotation;

namespace ActorGraph.Extraction.ReferenceData;

/// <summary>An official the records name, with every office they were recorded in and the span of those records.</summary>
public sealed record KnownOfficial(string Name, IReadOnlyList<string> Aliases, string Country, IReadOnlyList<OfficeMention> Offices, string FirstSeen, string LastSeen, int Records);
