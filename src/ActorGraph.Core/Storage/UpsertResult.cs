namespace ActorGraph.Core.Storage;

/// <param name="ArticleId">The stored article's id.</param>
/// <param name="Created">False when the same article text was already stored (nothing changed).</param>
public sealed record UpsertResult(string ArticleId, bool Created, int Persons, int Meetings);
