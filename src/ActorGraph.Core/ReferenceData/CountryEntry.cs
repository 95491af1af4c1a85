namespace ActorGraph.Core.ReferenceData;

/// <summary>A country as the catalog knows it: ISO code, common name and every form that refers to it.</summary>
public sealed record CountryEntry(
    string Code,
    string Name,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Demonyms,
    IReadOnlyList<string> Capitals);
