namespace ActorGraph.Core.Storage;

/// <summary>Everyone a person met, most frequent counterpart first.</summary>
public sealed record WhoMetResult(PersonSummary Person, IReadOnlyList<Counterpart> Counterparts);
