using ActorGraph.Core.Annotation;
using ActorGraph.Core.Storage;
using ActorGraph.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Api.Tests;

/// <summary>From article files to GraphQL answers, through the services the server itself uses.</summary>
public sealed class EndToEndTests : IDisposable
{
    private readonly ApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task IngestSamples_ThenWhoMet_ListsCounterpartsWithDatesPlacesAndEvidence()
    {
        await SampleArticles.IngestAsync(_factory.Services);
        using var client = _factory.CreateClient();

        var (status, body) = await GraphQLClient.PostAsync(client, """
            { whoMet(person: "Blinken") { person { name country }
                counterparts { totalCount edges { node { person { name } count firstDate meetings { date status place sources { evidence } } } } } } }
            """);

        Assert.Equal(200, status);
        var whoMet = body.GetProperty("data").GetProperty("whoMet");
        Assert.Equal("Antony Blinken", whoMet.GetProperty("person").GetProperty("name").GetString());
        var nodes = whoMet.GetProperty("counterparts").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        var xi = Assert.Single(nodes, n => n.GetProperty("person").GetProperty("name").GetString() == "Xi Jinping");
        var meeting = Assert.Single(xi.GetProperty("meetings").EnumerateArray());
        Assert.Equal("2023-06-19", meeting.GetProperty("date").GetString());
        Assert.Equal("HELD", meeting.GetProperty("status").GetString());
        Assert.Equal("Beijing", meeting.GetProperty("place").GetString());
        Assert.Contains("met Chinese President Xi Jinping", meeting.GetProperty("sources")[0].GetProperty("evidence").GetString(), StringComparison.Ordinal);
        Assert.Contains(nodes, n => n.GetProperty("person").GetProperty("name").GetString() == "Qin Gang");
    }

    [Theory]
    [InlineData("timeline(person: \"Blinken\"")]
    [InlineData("meetings(")]
    [InlineData("meetings(country: \"CN\",")]
    public async Task MeetingPages_FollowedByEndCursor_ListEveryMeetingOnce_InOrder(string field)
    {
        await SampleArticles.IngestAsync(_factory.Services);
        using var client = _factory.CreateClient();
        var name = field[..field.IndexOf('(', StringComparison.Ordinal)];
        var open = field.EndsWith('(') ? field : field + " ";
        var (_, whole) = await GraphQLClient.PostAsync(client, $"{{ {open}first: 500) {{ totalCount edges {{ node {{ id }} }} }} }}");
        var expected = whole.GetProperty("data").GetProperty(name).GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()).ToList();
        Assert.True(expected.Count >= 3, $"{expected.Count} meetings");

        var seen = new List<string?>();
        string? after = null;
        for (var page = 0; page < 100; page++)
        {
            var cursor = after is null ? "" : $", after: \"{after}\"";
            var (status, body) = await GraphQLClient.PostAsync(client,
                $"{{ {open}first: 2{cursor}) {{ totalCount pageInfo {{ hasNextPage hasPreviousPage endCursor }} edges {{ node {{ id }} }} }} }}");
            Assert.Equal(200, status);
            var connection = body.GetProperty("data").GetProperty(name);
            Assert.Equal(expected.Count, connection.GetProperty("totalCount").GetInt32());
            Assert.Equal(after is not null, connection.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            seen.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()));
            if (!connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        Assert.Equal(expected, seen);
    }

    [Theory]
    [InlineData("{ timeline(person: \"Blinken\", after: \"bm90IGEgY3Vyc29y\") { totalCount } }")]
    [InlineData("{ meetings(after: \"aTox\") { totalCount } }")]
    [InlineData("{ whoMet(person: \"Blinken\") { counterparts(after: \"bTp4fHk=\") { totalCount } } }")]
    public async Task CursorNotIssuedForThatList_IsRefused(string query)
    {
        await SampleArticles.IngestAsync(_factory.Services);
        using var client = _factory.CreateClient();

        var (_, body) = await GraphQLClient.PostAsync(client, query);

        Assert.Contains("is not a cursor this API issued", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeetingReportedTwiceUndated_IsOneMeeting_WithItsWindowAndTwoReports_CountedOnce()
    {
        var store = _factory.Services.GetRequiredService<IGraphStore>();
        foreach (var (title, published) in new[] { ("Outlet A on the talks", "2024-03-05"), ("Outlet B on the talks", "2024-03-09") })
        {
            var article = new ArticleInfo(title, $"{title}: Blinken and Wang Yi held talks.", PublishedAt: published);
            await store.UpsertAsync(new ArticleGraph(article,
                [new("Antony Blinken", [], "US", []), new("Wang Yi", [], "CN", [])], [], ["US", "CN"], [],
                [new(["Antony Blinken", "Wang Yi"], Core.Model.MeetingStatus.Held, Core.Model.MeetingMode.InPerson, null, null, null, "Blinken and Wang Yi held talks.")]),
                TestContext.Current.CancellationToken);
        }

        using var client = _factory.CreateClient();
        var (status, body) = await GraphQLClient.PostAsync(client, """
            { stats { meetings meetingReports }
              whoMet(person: "Blinken") { counterparts { edges { node { count meetings { date precision dateWindow { from to } reports } } } } } }
            """);

        Assert.Equal(200, status);
        var meeting = Assert.Single(Assert.Single(body.GetProperty("data").GetProperty("whoMet").GetProperty("counterparts").GetProperty("edges").EnumerateArray())
            .GetProperty("node").GetProperty("meetings").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, meeting.GetProperty("date").ValueKind);
        Assert.Equal(("2024-02-24", "2024-03-05"), (meeting.GetProperty("dateWindow").GetProperty("from").GetString(), meeting.GetProperty("dateWindow").GetProperty("to").GetString()));
        Assert.Equal(2, meeting.GetProperty("reports").GetInt32());
        Assert.Equal("WINDOW", meeting.GetProperty("precision").GetString());
        Assert.Equal(1, body.GetProperty("data").GetProperty("whoMet").GetProperty("counterparts").GetProperty("edges")[0].GetProperty("node").GetProperty("count").GetInt32());
        var stats = body.GetProperty("data").GetProperty("stats");
        Assert.Equal((1, 2), (stats.GetProperty("meetings").GetInt32(), stats.GetProperty("meetingReports").GetInt32()));
    }

    [Theory]
    [InlineData("CN", "foreign minister", "2018-05-01", "Wang Yi")]
    [InlineData("US", "Secretary of State", "2015-06-01", "John Kerry")]
    [InlineData("GH", "president", "2019-01-01", "Nana Akufo-Addo")]
    public async Task IngestSamples_ThenOfficeHolders_AnswerWhoHeldTheOffice(string country, string office, string on, string expected)
    {
        await SampleArticles.IngestAsync(_factory.Services);
        using var client = _factory.CreateClient();

        var (status, body) = await GraphQLClient.PostAsync(client, $$"""
            { officeHolders(country: "{{country}}", office: "{{office}}", on: "{{on}}") { person { name wikidataId } from to approximate office { kind } } }
            """);

        Assert.Equal(200, status);
        var holder = Assert.Single(body.GetProperty("data").GetProperty("officeHolders").EnumerateArray(), h => !h.GetProperty("approximate").GetBoolean());
        Assert.Equal(expected, holder.GetProperty("person").GetProperty("name").GetString());
        Assert.StartsWith("Q", holder.GetProperty("person").GetProperty("wikidataId").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonOffices_AndWhoMetByCounterpartOffice()
    {
        await SampleArticles.IngestAsync(_factory.Services);
        using var client = _factory.CreateClient();

        var (_, body) = await GraphQLClient.PostAsync(client, """
            { person(idOrName: "Wang Yi") { wikidataId offices { title kind country from to source } }
              whoMet(person: "Blinken", counterpartOffice: "foreign minister") { counterparts { edges { node { person { name } } } } } }
            """);

        var person = body.GetProperty("data").GetProperty("person");
        Assert.Equal("Q701801", person.GetProperty("wikidataId").GetString());
        Assert.Contains(person.GetProperty("offices").EnumerateArray(), o => o.GetProperty("kind").GetString() == "FOREIGN_MINISTER"
            && o.GetProperty("from").GetString() == "2013-03-17" && o.GetProperty("to").GetString() == "2022-12-30");
        var names = body.GetProperty("data").GetProperty("whoMet").GetProperty("counterparts").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("person").GetProperty("name").GetString()).ToList();
        Assert.Contains("Qin Gang", names);
        Assert.DoesNotContain("Xi Jinping", names);
    }

    [Fact]
    public async Task OfficeHolders_UnknownCountry_IsAnErrorThatSaysSo()
    {
        using var client = _factory.CreateClient();
        var (status, body) = await GraphQLClient.PostAsync(client, """{ officeHolders(country: "Atlantis", office: "president") { person { name } } }""");
        Assert.Equal(200, status);
        Assert.Contains("Atlantis", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestSameFolderTwice_ChangesNothing()
    {
        await SampleArticles.IngestAsync(_factory.Services);
        var store = _factory.Services.GetRequiredService<IGraphStore>();
        var before = await store.GetStatisticsAsync(TestContext.Current.CancellationToken);

        var again = await SampleArticles.IngestAsync(_factory.Services);

        Assert.All(again, o => Assert.False(o.Created));
        Assert.Equal(before, await store.GetStatisticsAsync(TestContext.Current.CancellationToken));
        Assert.Equal(8, before.Articles);
    }

    [Fact]
    public async Task SecondArticleNamingSurnameOnly_AttachesToTheSamePerson()
    {
        var ingestor = _factory.Services.GetRequiredService<ArticleIngestor>();
        await ingestor.IngestAsync(new ArticleInfo("First", "US Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu in Tel Aviv on Thursday.", PublishedAt: "2023-10-12"), "first", TestContext.Current.CancellationToken);

        await ingestor.IngestAsync(new ArticleInfo("Second", "Blinken met Jordan's King Abdullah II in Amman on Friday.", PublishedAt: "2023-10-13"), "second", TestContext.Current.CancellationToken);

        var queries = _factory.Services.GetRequiredService<IGraphQueries>();
        var whoMet = await queries.WhoMetAsync("antony blinken", null, null, null, TestContext.Current.CancellationToken);
        Assert.Equal(["Abdullah II", "Benjamin Netanyahu"], whoMet.Counterparts.Select(c => c.Person.Name).Order());
        Assert.Equal(3, (await _factory.Services.GetRequiredService<IGraphStore>().GetStatisticsAsync(TestContext.Current.CancellationToken)).Persons);
        var abdullah = Assert.Single(whoMet.Counterparts, c => c.Person.Name == "Abdullah II");
        Assert.Equal("2023-10-13", abdullah.FirstDate);
    }

    [Fact]
    public async Task BadInputFiles_FailWithReasonsAndLeaveTheStoreAsItWas()
    {
        await SampleArticles.IngestAsync(_factory.Services);
        var store = _factory.Services.GetRequiredService<IGraphStore>();
        var before = await store.GetStatisticsAsync(TestContext.Current.CancellationToken);
        var folder = Directory.CreateTempSubdirectory("actorgraph-bad-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "empty.txt"), "", TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(folder, "binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0], TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "broken.json"), "{\"title\": \"x\", \"text\": ", TestContext.Current.CancellationToken);
        await using (var huge = File.Create(Path.Combine(folder, "huge.txt")))
        {
            huge.SetLength(50L * 1024 * 1024);
        }

        var outcomes = new List<IngestOutcome>();
        var ingestor = _factory.Services.GetRequiredService<ArticleIngestor>();
        foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            await foreach (var outcome in ingestor.IngestFileAsync(file, TestContext.Current.CancellationToken))
            {
                outcomes.Add(outcome);
            }
        }

        Assert.Equal(4, outcomes.Count);
        Assert.All(outcomes, o => Assert.False(o.Succeeded));
        Assert.Contains(outcomes, o => o.Error!.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(outcomes, o => o.Error!.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(outcomes, o => o.Error!.Contains("invalid JSON", StringComparison.Ordinal));
        Assert.Contains(outcomes, o => o.Error!.Contains("10 MB limit", StringComparison.Ordinal));
        Assert.Equal(before, await store.GetStatisticsAsync(TestContext.Current.CancellationToken));
        Directory.Delete(folder, recursive: true);
    }
}
