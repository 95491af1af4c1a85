namespace ActorGraph.Core.Storage;

/// <summary>A person who held an office on the day asked about, with the term that says so.</summary>
/// <param name="Approximate">True when only the term's partial dates allow it ("2018" for a day in May 2018).</param>
public sealed record OfficeHolderResult(PersonSummary Person, OfficeHeld Office, bool Approximate);
