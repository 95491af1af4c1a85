using ActorGraph.Core.ReferenceData.OfficeHolders;

namespace ActorGraph.Extraction.ReferenceData;

/// <summary>One row of a source table, read and classified, before the rows of one person are merged.</summary>
/// <param name="PersonKey">The Wikidata id, or for a supplement row without one, "name:" and the folded name.</param>
/// <param name="Label">The person's name as this row gives it.</param>
/// <param name="Origin">File and line, for reports.</param>
internal sealed record SourceTerm(
    string PersonKey,
    string Label,
    OfficeKind Kind,
    string Title,
    string? Country,
    PartialDate? From,
    PartialDate? To,
    DateOnly? ConfirmedUntil,
    string Source,
    string Origin);
