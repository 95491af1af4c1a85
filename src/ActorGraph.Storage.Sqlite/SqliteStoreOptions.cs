using System.ComponentModel.DataAnnotations;

namespace ActorGraph.Storage.Sqlite;

public sealed class SqliteStoreOptions
{
    public const string SectionName = "Sqlite";

    /// <summary>The database file; relative paths are taken from the working directory.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Sqlite:Path must name a database file, e.g. data/actorgraph.db.")]
    public string Path { get; set; } = "data/actorgraph.db";

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Sqlite:BusyTimeout must be between 1 second and 10 minutes.")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
