namespace ActorGraph.Core.ReferenceData.OfficeHolders;

/// <summary>A person of the office-holders table: one per Wikidata id (or per official-records name), with every term.</summary>
/// <param name="Id">The person's node id in every store ("person/wang-yi").</param>
/// <param name="WikidataId">The Wikidata item ("Q701801"), when the person comes from Wikidata.</param>
/// <param name="Aliases">Other forms of the name sources and news use ("Joseph R. Biden", "Chou En-lai").</param>
/// <param name="Country">The country the person acts for, from their latest term.</param>
public sealed record OfficeHolder(
    string Id,
    string? WikidataId,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Country,
    IReadOnlyList<OfficeTerm> Terms);
