using ActorGraph.Core.Resources;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite;

/// <summary>
/// Applies the embedded Migrations/NNNN_name.sql scripts in order, each in its own transaction, recording the
/// applied versions in schema_migrations. Turns on WAL so readers never wait for the writer.
/// </summary>
public static class SchemaMigrator
{
    private const string ResourcePrefix = "ActorGraph.Sqlite.Migrations.";

    public static IReadOnlyList<(int Version, string Name)> Migrations { get; } = typeof(SchemaMigrator).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..])
        .Select(n => (Version: int.Parse(n[..4], System.Globalization.CultureInfo.InvariantCulture), Name: n))
        .OrderBy(m => m.Version)
        .ToList();

    public static async Task<int> MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);
        await ExecuteAsync(connection, null, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);", cancellationToken);

        var applied = 0;
        foreach (var (version, name) in Migrations)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using (var check = connection.CreateCommand())
            {
                check.Transaction = transaction;
                check.CommandText = "SELECT COUNT(*) FROM schema_migrations WHERE version = $version;";
                check.Parameters.AddWithValue("$version", version);
                if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0)
                {
                    continue;
                }
            }

            await ExecuteAsync(connection, transaction, ReadScript(name), cancellationToken);
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, $name, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));";
                record.Parameters.AddWithValue("$version", version);
                record.Parameters.AddWithValue("$name", name);
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            applied++;
        }

        return applied;
    }

    private static string ReadScript(string name) => EmbeddedFile.ReadText(typeof(SchemaMigrator).Assembly, ResourcePrefix + name);

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
