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

    [Fact]
    public async Task QueryStore_HoldsTheMeetingsAskedFor_AndNamesItsBusiestPerson()
    {
        var folder = Directory.CreateTempSubdirectory("actorgraph-bench-tests-").FullName;
        var store = Path.Combine(folder, "generated.db");

        var result = await CliProcess.RunAsync(TimeSpan.FromMinutes(3), "bench", "--query-store", store, "--meetings", "2000");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(2000, await RowsAsync(store, "meetings"));
        Assert.Equal(500, await RowsAsync(store, "articles"));
        using var names = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(store + ".names.json", TestContext.Current.CancellationToken));
        var busiest = names.RootElement.GetProperty("busiest").GetString()!;
        var middling = names.RootElement.GetProperty("middling").GetString()!;
        var meetingsOf = await MeetingsByPersonAsync(store);
        Assert.Equal(busiest, meetingsOf.MaxBy(p => p.Value).Key);
        Assert.True(meetingsOf[busiest] > 10 * meetingsOf.GetValueOrDefault(middling, 0), $"{meetingsOf[busiest]} against {meetingsOf.GetValueOrDefault(middling)}");

        var again = await CliProcess.RunAsync(TimeSpan.FromMinutes(1), "bench", "--query-store", store, "--meetings", "2000");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already holds 2,000 meetings", again.Error, StringComparison.Ordinal);
    }

    private static async Task<Dictionary<string, long>> MeetingsByPersonAsync(string path)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT p.name, COUNT(*) FROM attended a JOIN persons p ON p.id = a.person_id GROUP BY p.id;";
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
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
