namespace ActorGraph.Cli.Tests.Commands;

public sealed class ImportCommandTests
{
    [Fact]
    public async Task PipedImport_PrintsCleanLines_AndEachFailureOnce()
    {
        var folder = Directory.CreateTempSubdirectory("actorgraph-cli-tests-").FullName;
        var records = Path.Combine(folder, "history-state");
        Directory.CreateDirectory(Path.Combine(records, "visits", "data"));
        Directory.CreateDirectory(Path.Combine(records, "travels", "secretary-travels"));
        await File.WriteAllTextAsync(Path.Combine(records, "travels", "secretary-travels", "a-secretary-with-a-rather-long-file-name-for-eighty-columns.xml"), """
            <?xml version="1.0" encoding="UTF-8"?>
            <trips>
                <trip role="secretary" who="vance-rosa"><id>9001</id><role>secretary</role><name>Rosa Vance</name>
                    <start-date>2024-05-06</start-date><end-date>2024-05-07</end-date>
                    <country id="nigeria">Nigeria</country><locale>Abuja</locale>
                    <remarks>Held talks with Foreign Minister Mei Okafor on regional security.</remarks></trip>
                <trip role="secretary" who="vance-rosa"><id>9002</id><role>secretary</role><name>Rosa Vance</name>
                    <start-date>2024-06-10</start-date><end-date>2024-06-10</end-date>
                    <country id="ghana">Ghana</country><locale>Accra</locale>
                    <remarks>Met with President Kwame Mensah.</remarks></trip>
            </trips>
            """, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(records, "visits", "data", "2024.xml"), """
            <visits><visit><id>9101</id><start-date>2024-07-01</start-date><end-date>2024-07-02</end-date>
            <visitor>Foreign Minister Mei Okafor</visitor><from id="nigeria">Nigeria</from><description>Official visit.</description></visit>
            <visit><id>9102</id><start-date>2024-08-01</start-date><visitor>Someone</visitor></visit></visits>
            """, TestContext.Current.CancellationToken);

        var result = await CliProcess.RunAsync(TimeSpan.FromMinutes(2), "import", "history-state", records, "--store", Path.Combine(folder, "graph.db"));

        Assert.Equal(1, result.ExitCode); // one record failed
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Single(lines, l => l.Contains("100 %", StringComparison.Ordinal));
        Assert.Equal("failed 2024.xml record 2: no <from>.", Assert.Single(lines, l => l.StartsWith("failed ", StringComparison.Ordinal)));
        Assert.All(lines, l => Assert.True(l[0] is '[' or '╭' or '│' or '├' or '╰' || l.StartsWith("failed ", StringComparison.Ordinal) || l.StartsWith("Importing ", StringComparison.Ordinal),
            $"a stray line: {l}"));
        Assert.Contains(lines, l => l.Contains("already stored", StringComparison.Ordinal) && l.Contains("no one met", StringComparison.Ordinal));

        var again = await CliProcess.RunAsync(TimeSpan.FromMinutes(2), "import", "history-state", records, "--store", Path.Combine(folder, "graph.db"), "--format", "json");
        using var summary = System.Text.Json.JsonDocument.Parse(again.Output);
        Assert.Equal((0, 3, 1), (summary.RootElement.GetProperty("newRecords").GetInt32(), summary.RootElement.GetProperty("alreadyStored").GetInt32(),
            summary.RootElement.GetProperty("failed").GetInt32()));
        Assert.Equal(3, summary.RootElement.GetProperty("store").GetProperty("officialRecords").GetInt32());
        Assert.Equal("no <from>.", summary.RootElement.GetProperty("failures")[0].GetProperty("error").GetString());
    }

    [Fact]
    public async Task FolderWithoutRecords_IsOneLineThatSaysWhatIsExpected()
    {
        var folder = Directory.CreateTempSubdirectory("actorgraph-cli-tests-").FullName;

        var result = await CliProcess.RunAsync(TimeSpan.FromMinutes(1), "import", "history-state", folder, "--store", Path.Combine(folder, "graph.db"));

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("actorgraph: ", StringComparison.Ordinal));
        Assert.Contains("has no record files: expected XML files in visits/data", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
