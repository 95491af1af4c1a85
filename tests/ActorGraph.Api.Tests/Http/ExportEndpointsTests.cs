using System.Net;
using System.Text.Json;

namespace ActorGraph.Api.Tests.Http;

public sealed class ExportEndpointsTests : IDisposable
{
    private readonly ApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Meetings_DownloadAsCsvAndJsonLines_OneRowPerMeeting_WithTheApiFilters()
    {
        using var client = _factory.CreateClient();
        await SampleArticles.IngestAsync(_factory.Services);
        var (_, counted) = await GraphQLClient.PostAsync(client, "{ all: meetings { totalCount } blinken: meetings(participant: \"Blinken\") { totalCount } }");
        var all = counted.GetProperty("data").GetProperty("all").GetProperty("totalCount").GetInt32();
        var blinkens = counted.GetProperty("data").GetProperty("blinken").GetProperty("totalCount").GetInt32();

        using var csv = await client.GetAsync(new Uri("/export/meetings.csv", UriKind.Relative), Cancellation);
        var csvText = await csv.Content.ReadAsStringAsync(Cancellation);
        var jsonl = await client.GetStringAsync(new Uri("/export/meetings.jsonl?participant=Blinken", UriKind.Relative), Cancellation);

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("meetings.csv", csv.Content.Headers.ContentDisposition?.FileNameStar ?? csv.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var rows = csvText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,date,end_date,window_from,window_to,precision,status,mode,place,country,participant_ids,participants,sources", rows[0], StringComparison.Ordinal);
        Assert.True(all >= 8, $"{all} meetings in the samples");
        Assert.Equal(all, rows.Count(r => r.StartsWith("meeting/", StringComparison.Ordinal)));
        var lines = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(blinkens, lines.Count);
        Assert.All(lines, l => Assert.Contains(l.GetProperty("participants").EnumerateArray(), p => p.GetProperty("name").GetString() == "Antony Blinken"));
        Assert.All(lines, l => Assert.NotEmpty(l.GetProperty("sources").EnumerateArray()));
    }

    [Theory]
    [InlineData("/export/meetings.xml")]
    [InlineData("/export/meetings.csv?status=maybe")]
    [InlineData("/export/meetings.csv?participant=Nobody%20Atall")]
    public async Task Meetings_WithABadRequest_Is400_WithTheReason(string path)
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("detail", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }
}
