namespace ActorGraph.Core.ReferenceData.OfficeHolders;

/// <summary>A holder and the term by which they held an office on the day asked about.</summary>
/// <param name="Approximate">True when only the partial dates of the term allow it ("2018" for a day in May 2018).</param>
public sealed record OfficeHolding(OfficeHolder Holder, OfficeTerm Term, bool Approximate);
