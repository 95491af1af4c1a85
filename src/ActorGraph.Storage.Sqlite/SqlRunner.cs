using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite;

/// <summary>Runs fixed SQL text with named parameters only; callers never concatenate values into SQL.</summary>
/// <remarks>
/// The project's SQL convention: schema changes are files (Migrations/*.sql, applied in order by
/// <see cref="SchemaMigrator"/>); queries and writes are string constants beside the code that binds their parameters
/// and reads their columns by position, so a column added to a SELECT and its reader change in one place. Cypher is in
/// files instead (cypher/) because Neo4j's own parser lints those files in CI and the Browser loads them; SQLite has
/// no such consumer, and every statement here runs against the real engine in the conformance suite. Fragments are
/// joined only from other constants (a shared column list, a shared filter), never from input.
/// </remarks>
internal static class SqlRunner
{
    /// <summary>
    /// While a caller sets a list here, every statement run on its async flow is added to it with its parameters: the
    /// query-plan test reads each statement's plan so (tests/ActorGraph.Storage.Tests/Sqlite/SqliteQueryPlanTests).
    /// </summary>
    internal static AsyncLocal<List<(string Sql, (string Name, object? Value)[] Parameters)>?> Recorded { get; } = new();

    public static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Create(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Create(connection, transaction, sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    public static async Task<List<T>> QueryAsync<T>(SqliteConnection connection, SqliteTransaction? transaction, string sql, Func<SqliteDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Create(connection, transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public static string? NullableString(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static SqliteCommand Create(SqliteConnection connection, SqliteTransaction? transaction, string sql, (string Name, object? Value)[] parameters)
    {
        Recorded.Value?.Add((sql, parameters));
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
