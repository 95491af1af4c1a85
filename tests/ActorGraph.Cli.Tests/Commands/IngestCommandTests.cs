using System.Text.Json;

namespace ActorGraph.Cli.Tests.Commands;

public sealed class IngestCommandTests
{
    [Fact]
    public async Task PipedIngest_PrintsCleanLines_OneFinalProgressLine_AndEachFailureWhole()
    {
        var folder = Directory.CreateTempSubdirectory("actorgraph-cli-tests-").FullName;
        var feed = Path.Combine(folder, "a-feed-with-a-rather-long-file-name-to-push-lines-past-eighty-columns.jsonl");
        var good = Enumerable.Range(1, 30).Select(i => JsonSerializer.Serialize(new
        {
            title = $"Talks {i}", text = $"Foreign Minister Mei Okafor of Nigeria met Secretary of State Rosa Vance in Washington on Monday. Round {i}.", publishedAt = "2024-05-06",
        }));
        await File.WriteAllLinesAsync(feed, [.. good, "{\"title\": \"broken\", \"text\": \"this line stops in the middle of a string and never ends"], TestContext.Current.CancellationToken);

        var result = await CliProcess.RunAsync(TimeSpan.FromMinutes(2), "ingest", feed, "--store", Path.Combine(folder, "graph.db"), "--checkpoints", Path.Combine(folder, "checkpoints"));

        Assert.Equal(1, result.ExitCode); // one article failed
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Single(lines, l => l.Contains("100 %", StringComparison.Ordinal));
        var failure = Assert.Single(lines, l => l.StartsWith("failed ", StringComparison.Ordinal));
        Assert.Contains(".jsonl:31: invalid JSON", failure, StringComparison.Ordinal);
        Assert.Matches(@"BytePositionInLine: \d+\.$", failure);
        Assert.Contains(lines, l => l.Contains("new articles", StringComparison.Ordinal) && l.Contains("already stored", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(l[0] is '[' or '╭' or '│' or '├' or '╰' || l.StartsWith("failed ", StringComparison.Ordinal) || l.StartsWith("The store holds", StringComparison.Ordinal),
            $"a stray line: {l}"));
        Assert.Contains(lines, l => l.Contains("people named", StringComparison.Ordinal) && l.Contains("meetings reported", StringComparison.Ordinal));
        Assert.Contains("The store holds 2 people and 1 meetings (30 reports of them) from 30 articles and 0 official records.", lines);
    }

    [Fact]
    public async Task FormatJson_PutsTheSummaryOnStandardOutput_AsJson_AndAMeetingsSourcesToo()
    {
        var folder = Directory.CreateTempSubdirectory("actorgraph-cli-tests-").FullName;
        var feed = Path.Combine(folder, "feed.jsonl");
        var store = Path.Combine(folder, "graph.db");
        await File.WriteAllLinesAsync(feed, [
            JsonSerializer.Serialize(new { title = "Talks", text = "Foreign Minister Mei Okafor of Nigeria met Secretary of State Rosa Vance in Washington on Monday.", publishedAt = "2024-05-06" }),
            "{\"title\": \"broken",
        ], TestContext.Current.CancellationToken);

        var result = await CliProcess.RunAsync(TimeSpan.FromMinutes(2), "ingest", feed, "--store", store, "--no-resume", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var summary = JsonDocument.Parse(result.Output);
        Assert.Equal((1, 1, 2), (summary.RootElement.GetProperty("newArticles").GetInt32(), summary.RootElement.GetProperty("failed").GetInt32(),
            summary.RootElement.GetProperty("store").GetProperty("people").GetInt32()));
        Assert.Equal(feed + ":2", summary.RootElement.GetProperty("failures")[0].GetProperty("origin").GetString());
        Assert.Contains("The store holds 2 people", result.Error, StringComparison.Ordinal); // the human lines go to standard error

        var exported = await CliProcess.RunAsync(TimeSpan.FromMinutes(1), "export", "meetings", "--store", store, "--format", "jsonl");
        var meetingId = JsonDocument.Parse(exported.Output.Split('\n')[0]).RootElement.GetProperty("id").GetString()!;
        var shown = await CliProcess.RunAsync(TimeSpan.FromMinutes(1), "meetings", "show", meetingId, "--store", store, "--format", "json");
        Assert.Equal(0, shown.ExitCode);
        using var sources = JsonDocument.Parse(shown.Output);
        Assert.Equal("Talks", Assert.Single(sources.RootElement.EnumerateArray()).GetProperty("title").GetString());
    }
}
