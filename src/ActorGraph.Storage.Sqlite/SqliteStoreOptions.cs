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

    /// <summary>
    /// Page cache per connection, in MiB. SQLite's default is 2 MiB, which a store of 100,000 meetings outgrows: its
    /// queries then read the same pages from the file again and again.
    /// </summary>
    [Range(2, 4096, ErrorMessage = "Sqlite:CacheMegabytes must be between 2 and 4096.")]
    public int CacheMegabytes { get; set; } = 64;

    /// <summary>How much of the file reads map into memory, in MiB (0 turns memory mapping off).</summary>
    [Range(0, 65536, ErrorMessage = "Sqlite:MmapMegabytes must be between 0 and 65536.")]
    public int MmapMegabytes { get; set; } = 256;
}
