using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ActorGraph.Cli.Common;
using ActorGraph.Core.Annotation;
using ActorGraph.Core.Storage;
using ActorGraph.Extraction;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Cli.Commands;

/// <summary>
/// <c>bench --store-writes</c>: what the SQLite store's writes cost, side by side with a raw baseline of the same rows.
/// The articles are extracted first (not timed); the store then writes them batch by batch as <c>ingest</c> would;
/// the baseline takes every row those writes added or changed, table by table, and inserts them into a copy of the
/// store as it was before, one prepared statement per table with its parameters bound anew for each row (what
/// Python's <c>executemany</c> does), in one transaction. Both run in this process, one after the other.
/// </summary>
internal static partial class SqliteWriteBench
{
    public static async Task RunAsync(IReadOnlyList<ArticleInfo> articles, int batchSize, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var storePath = Path.Combine(folder, "store.db");
        var baselinePath = Path.Combine(folder, "baseline.db");
        foreach (var file in Directory.EnumerateFiles(folder, "*.db*"))
        {
            File.Delete(file);
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"extracting {articles.Count:N0} articles (not timed)…"));
        List<ArticleGraph> graphs;
        await using (var services = CliServices.Build(storePath))
        {
            var extractor = services.GetRequiredService<IArticleExtractor>();
            graphs = articles.Select(a => extractor.Extract(a, [], cancellationToken)).ToList();

            // A new store loads the office-holders table on first use; both sides start from it, untimed.
            await services.GetRequiredService<IGraphStore>().GetStatisticsAsync(cancellationToken);
        }

        SqliteConnection.ClearAllPools();
        File.Copy(storePath, baselinePath);

        TimeSpan storeWall, storeCpu;
        await using (var services = CliServices.Build(storePath))
        {
            var store = services.GetRequiredService<IGraphStore>();
            await store.GetStatisticsAsync(cancellationToken);
            (storeWall, storeCpu) = await MeasureAsync(async () =>
            {
                foreach (var batch in graphs.Chunk(batchSize))
                {
                    await store.UpsertBatchAsync(batch, cancellationToken);
                }
            });
        }

        SqliteConnection.ClearAllPools();
        var rows = await NewRowsAsync(storePath, baselinePath, cancellationToken);
        var (baselineWall, baselineCpu) = await MeasureAsync(() => InsertAsync(baselinePath, rows, cancellationToken));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            articles           {graphs.Count:N0} in batches of {batchSize}
            rows written       {rows.Sum(t => t.Rows.Count):N0} ({string.Join(", ", rows.Where(t => t.Rows.Count > 0).Select(t => $"{t.Table} {t.Rows.Count:N0}"))})
            store writes       {storeWall.TotalSeconds:N2} s (CPU {storeCpu.TotalSeconds:N2} s), {graphs.Count / storeWall.TotalSeconds:N0} articles/s
            raw baseline       {baselineWall.TotalSeconds:N2} s (CPU {baselineCpu.TotalSeconds:N2} s): the same rows, one prepared insert per table
            ratio              {storeWall / baselineWall:N2}× the baseline's time, {storeCpu / baselineCpu:N2}× its CPU
            """));
    }

    private static async Task<(TimeSpan Wall, TimeSpan Cpu)> MeasureAsync(Func<Task> work)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        await work();
        var wall = Stopwatch.GetElapsedTime(started);
        process.Refresh();
        return (wall, process.TotalProcessorTime - cpu);
    }

    /// <summary>Per table, in the order the schema created them (parents first), the rows the store has that the copy before lacks.</summary>
    private static async Task<List<(string Table, string[] Columns, List<object[]> Rows)>> NewRowsAsync(string storePath, string beforePath,
        CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = storePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using (var attach = connection.CreateCommand())
        {
            attach.CommandText = "ATTACH DATABASE $path AS before;";
            attach.Parameters.AddWithValue("$path", beforePath);
            await attach.ExecuteNonQueryAsync(cancellationToken);
        }

        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY rowid;";
            await using var reader = await list.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var result = new List<(string, string[], List<object[]>)>();
        foreach (var table in tables)
        {
            // SQL has no parameters for identifiers: these come from the schema itself, and must be plain names.
            RequirePlainName(table);
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM main.\"{table}\" EXCEPT SELECT * FROM before.\"{table}\";";
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
            Array.ForEach(columns, RequirePlainName);
            var rows = new List<object[]>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                rows.Add(values);
            }

            result.Add((table, columns, rows));
        }

        return result;
    }

    private static void RequirePlainName(string name)
    {
        if (!PlainName().IsMatch(name))
        {
            throw new InvalidOperationException($"The schema has a table or column named {name}, which is not a plain SQL name.");
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex PlainName();

    /// <summary>
    /// The baseline: one transaction, one prepared <c>INSERT OR REPLACE</c> per table, parameters created once and
    /// given each row's values. Foreign keys are off (as in Python's sqlite3 by default), since a replaced row would
    /// otherwise trip them; the store keeps them on.
    /// </summary>
    private static async Task InsertAsync(string path, List<(string Table, string[] Columns, List<object[]> Rows)> tables, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA foreign_keys = OFF; PRAGMA synchronous = NORMAL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (table, columns, rows) in tables.Where(t => t.Rows.Count > 0))
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT OR REPLACE INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))});";
            var parameters = columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null))).ToArray();
            insert.Prepare();
            foreach (var row in rows)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    parameters[i].Value = row[i];
                }

                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
