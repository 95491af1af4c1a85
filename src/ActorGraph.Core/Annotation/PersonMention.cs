using System.Text.Json.Serialization;

namespace ActorGraph.Core.Annotation;

/// <param name="WikidataId">
/// The Wikidata item of a person the office-holders table knows ("Q701801" for Wang Yi): one person across articles
/// and sources, and namesakes kept apart.
/// </param>
public sealed record PersonMention(
    string Name,
    IReadOnlyList<string> Aliases,
    string? Country,
    IReadOnlyList<OfficeMention> Offices,
    string? Evidence = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? WikidataId = null);
