namespace ActorGraph.Core.Storage;

/// <summary>
/// Which store to use: <see cref="Location"/> is a file path (the embedded SQLite store) or a Neo4j HTTP address.
/// Set it with <c>--store</c>, <c>Store:Location</c> or <c>ACTORGRAPH__STORE__LOCATION</c>.
/// </summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";

    public string Location { get; set; } = "data/actorgraph.db";

    /// <summary>The store without credentials: a full file path, or the Neo4j address without user and password.</summary>
    public string Describe() =>
        !IsNeo4j ? Path.GetFullPath(Location)
        : Uri.TryCreate(Location, UriKind.Absolute, out var uri) ? new UriBuilder(uri) { UserName = "", Password = "" }.Uri.ToString()
        : Location;

    public bool IsNeo4j => Location.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || Location.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
