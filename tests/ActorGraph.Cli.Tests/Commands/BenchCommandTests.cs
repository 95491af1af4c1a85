using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Cli.Tests.Commands;

public sealed partial class BenchCommandTests
{
    [Fact]
    public async Task StoreWrites_WritesTheSameRowsBothWays_AndPrintsTheRatio()
    {
        var folder = Directory.CreateTempSubdirectory("actorgraph-bench-tests-").FullName;

        var result = await CliProcess.RunAsync(TimeSpan.FromMinutes(3), "bench", "--articles", "60", "--batch-size", "20", "--store-writes", folder,
            "--corpus", Path.Combine(AppContext.BaseDirectory, "samples"));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("articles           60 in batches of 20", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"rows written\s+[\d,]+ \(articles 60, ", result.Output);
        var ratio = RatioLine().Match(result.Output);
        Assert.True(ratio.Success, result.Output);
        Assert.True(double.Parse(ratio.Groups[1].Value, CultureInfo.InvariantCulture) > 0);

        // The baseline wrote every row the store's writes added: the two files hold the same rows, table by table.
        foreach (var table in new[] { "articles", "persons", "mentions", "meeting_reports", "meetings", "attended", "meeting_sources" })
        {
            Assert.Equal(await RowsAsync(Path.Combine(folder, "store.db"), table), await RowsAsync(Path.Combine(folder, "baseline.db"), table));
        }

        Assert.True(await RowsAsync(Path.Combine(folder, "store.db"), "meeting_reports") > 0);
    }

    private static async Task<long> RowsAsync(string path, string table)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var count = connection.CreateCommand();
        count.CommandText = table switch
        {
            // One statement per table: SQL takes no parameter for a table's name.
            "articles" => "SELECT COUNT(*) FROM articles;",
            "persons" => "SELECT COUNT(*) FROM persons;",
            "mentions" => "SELECT COUNT(*) FROM mentions;",
            "meeting_reports" => "SELECT COUNT(*) FROM meeting_reports;",
            "meetings" => "SELECT COUNT(*) FROM meetings;",
            "attended" => "SELECT COUNT(*) FROM attended;",
            "meeting_sources" => "SELECT COUNT(*) FROM meeting_sources;",
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
        };
        return (long)(await count.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    [GeneratedRegex(@"ratio\s+([\d.]+)× the baseline's time")]
    private static partial Regex RatioLine();
}
