namespace ActorGraph.Core.ReferenceData.OfficeHolders;

/// <summary>Whether a term covers a day or period: certainly, only if its partial dates are read generously, or not.</summary>
public enum TermMatch
{
    No,
    Approximately,
    Yes,
}
