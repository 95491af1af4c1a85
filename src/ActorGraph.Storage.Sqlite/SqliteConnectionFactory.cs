using System.Globalization;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ActorGraph.Storage.Sqlite;

/// <summary>
/// Opens connections to the database file, creating its folder, bringing its schema up to date and loading the
/// office-holders table (when new or changed) once.
/// </summary>
public sealed class SqliteConnectionFactory(IOptions<SqliteStoreOptions> options, OfficeHolderTable? officeHolders = null, ReferenceCatalog? catalog = null,
    ILogger<SqliteConnectionFactory>? logger = null) : IDisposable
{
    private readonly SqliteStoreOptions _options = options.Value;
    private readonly SemaphoreSlim _migrateOnce = new(1, 1);
    private volatile bool _migrated;

    public string DatabasePath => Path.GetFullPath(_options.Path);

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_migrated)
        {
            await MigrateAsync(cancellationToken);
        }

        return await OpenRawAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = (int)_options.BusyTimeout.TotalSeconds,
        };
        var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        // PRAGMA takes no parameters; these are integers from validated options.
        pragma.CommandText = string.Create(CultureInfo.InvariantCulture,
            $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {(int)_options.BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA cache_size = {-1024 * _options.CacheMegabytes}; PRAGMA mmap_size = {1024L * 1024 * _options.MmapMegabytes};");
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await _migrateOnce.WaitAsync(cancellationToken);
        try
        {
            if (_migrated)
            {
                return;
            }

            var folder = Path.GetDirectoryName(DatabasePath);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await using var connection = await OpenRawAsync(cancellationToken);
            await SchemaMigrator.MigrateAsync(connection, cancellationToken);
            await OfficeHolderSeeding.EnsureAsync(connection, officeHolders ?? OfficeHolderTable.Empty, catalog ?? ReferenceCatalog.Default,
                (ILogger?)logger ?? NullLogger.Instance, cancellationToken);
            _migrated = true;
        }
        finally
        {
            _migrateOnce.Release();
        }
    }

    public void Dispose() => _migrateOnce.Dispose();
}
