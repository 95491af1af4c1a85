using System.ComponentModel.DataAnnotations;

namespace ActorGraph.Storage.Neo4j;

/// <summary>
/// Where Neo4j is and how to sign in. Set by <c>--store http://user:password@host:7474</c>, <c>Store:Location</c>,
/// or the <c>Neo4j</c> section (<c>ACTORGRAPH__NEO4J__URI</c>, <c>__USER</c>, <c>__PASSWORD</c>, <c>__DATABASE</c>).
/// </summary>
public sealed class Neo4jOptions
{
    public const string SectionName = "Neo4j";

    /// <summary>The HTTP address of the server (the port Neo4j Browser is on, 7474 by default).</summary>
    [Required(ErrorMessage = "Neo4j:Uri must be the server's HTTP address, e.g. http://localhost:7474.")]
    public Uri? Uri { get; set; }

    public string User { get; set; } = "neo4j";

    public string? Password { get; set; }

    /// <summary>The database on Neo4j 4 and later; Neo4j 3.x has a single database and accepts only the default.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Neo4j:Database must name a database, e.g. neo4j.")]
    [RegularExpression("^[A-Za-z][A-Za-z0-9.-]{0,62}$", ErrorMessage = "Neo4j:Database must be a Neo4j database name: a letter, then letters, digits, dots or dashes.")]
    public string Database { get; set; } = DefaultDatabase;

    /// <summary>How long one HTTP request may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Neo4j:RequestTimeout must be between 1 second and 1 hour.")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Attempts after the first one when the server is unreachable or reports a transient error.</summary>
    [Range(0, 20, ErrorMessage = "Neo4j:MaxRetries must be between 0 and 20.")]
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first back-off delay; it doubles on each retry.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Neo4j:RetryDelay must be at most 1 minute.")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Create the constraints and indexes in cypher/schema when the store first connects.</summary>
    public bool ApplySchema { get; set; } = true;

    public const string DefaultDatabase = "neo4j";
}
