using System.Net.Http.Json;
using System.Text.Json;

namespace ActorGraph.Api.Tests.Http;

public sealed class SubmitArticleTests : IDisposable
{
    private const string Key = "test-key-0123456789abcdef";
    private const string Submit = """
        mutation($a: ArticleInput!) { submitArticle(article: $a) {
          articleId created title countries organizations
          persons { name country offices }
          meetings { participants status mode date place evidence } } }
        """;

    private static readonly object Article = new
    {
        title = "Blinken meets Wang Yi in Beijing",
        text = "US Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday. The two discussed trade.",
        url = "https://news.example.org/blinken-wang",
        source = "Example News",
        publishedAt = "2023-06-20",
    };

    private readonly ApiFactory _factory = new(new Dictionary<string, string> { ["Api:ApiKey"] = Key, ["Reading:MaxArticleBytes"] = "100000" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Submit_WithTheKey_ReturnsWhatWasExtracted_AndTheGraphAnswersFromIt()
    {
        using var client = Client(Key);

        var (status, body) = await PostAsync(client, Submit, new { a = Article });

        Assert.Equal(200, status);
        var result = body.GetProperty("data").GetProperty("submitArticle");
        Assert.True(result.GetProperty("created").GetBoolean());
        Assert.StartsWith("article/", result.GetProperty("articleId").GetString(), StringComparison.Ordinal);
        var persons = result.GetProperty("persons").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p);
        Assert.Equal("CN", persons["Wang Yi"].GetProperty("country").GetString());
        Assert.Contains("Foreign Minister (CN)", persons["Wang Yi"].GetProperty("offices").EnumerateArray().Select(o => o.GetString()));
        var meeting = Assert.Single(result.GetProperty("meetings").EnumerateArray());
        Assert.Equal(["Antony Blinken", "Wang Yi"], meeting.GetProperty("participants").EnumerateArray().Select(p => p.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal("2023-06-19", meeting.GetProperty("date").GetString()); // "on Monday" before a Tuesday publication
        Assert.Equal("Beijing", meeting.GetProperty("place").GetString());

        // Reads need no key, and see the submission.
        using var anonymous = _factory.CreateClient();
        var (_, didMeet) = await GraphQLClient.PostAsync(anonymous, "{ didMeet(a: \"Blinken\", b: \"Wang Yi\") { met } }");
        Assert.True(didMeet.GetProperty("data").GetProperty("didMeet").GetProperty("met").GetBoolean());

        var (_, again) = await PostAsync(client, Submit, new { a = Article });
        Assert.False(again.GetProperty("data").GetProperty("submitArticle").GetProperty("created").GetBoolean());
    }

    [Theory]
    [InlineData(null, "Mutations need the API key")]
    [InlineData("wrong-key-0123456789abcdef", "Mutations need the API key")]
    public async Task Submit_WithoutTheRightKey_Is401_AndStoresNothing(string? key, string message)
    {
        using var client = Client(key);

        var (status, body) = await PostAsync(client, Submit, new { a = Article });

        Assert.True(status == 401, body.ToString());
        Assert.Contains(message, body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        var (_, stats) = await GraphQLClient.PostAsync(client, "{ stats { articles } }");
        Assert.Equal(0, stats.GetProperty("data").GetProperty("stats").GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task Submit_OnAServerWithoutAKey_SaysMutationsAreOff()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);

        var (status, body) = await PostAsync(client, Submit, new { a = Article });

        Assert.Equal(401, status);
        Assert.Contains("Mutations are turned off: set Api:ApiKey", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("both", "give either text or html")]
    [InlineData("neither", "give either text or html")]
    [InlineData("url", "url must be an absolute http(s) address")]
    [InlineData("date", "publishedAt must be an ISO 8601 date")]
    [InlineData("title", "title must be 1 to 500 characters")]
    [InlineData("oversized", "larger than the 97.7 KB limit")]
    [InlineData("binary", "binary")]
    public async Task Submit_Invalid_GetsAClearError_AndStoresNothing(string problem, string message)
    {
        using var client = Client(Key);
        var text = "Blinken met Wang Yi in Beijing.";
        object article = problem switch
        {
            "both" => new { title = "t", text, html = "<p>x</p>" },
            "neither" => new { title = "t" },
            "url" => new { title = "t", text, url = "javascript:alert(1)" },
            "date" => new { title = "t", text, publishedAt = "last Tuesday" },
            "title" => new { title = new string('t', 501), text },
            "oversized" => new { title = "t", text = text + new string(' ', 110_000) + "end." },
            _ => new { title = "t", text = "\u0000\u0001\u0002PNG\u0000\u0000" + text },
        };

        var (status, body) = await PostAsync(client, Submit, new { a = article });

        Assert.Equal(200, status);
        var error = body.GetProperty("errors")[0];
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("INVALID_ARTICLE", error.GetProperty("extensions").GetProperty("code").GetString());
        var (_, stats) = await GraphQLClient.PostAsync(client, "{ stats { articles } }");
        Assert.Equal(0, stats.GetProperty("data").GetProperty("stats").GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task Html_IsReadLikeAnHtmlFile_ScriptsDropped()
    {
        using var client = Client(Key);
        var html = "<html><head><script>var x = 'Vladimir Putin met Xi Jinping';</script></head><body><article><p>Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo on Friday.</p></article></body></html>";

        var (_, body) = await PostAsync(client, Submit, new { a = new { title = "Modi in Tokyo", html, publishedAt = "2023-05-20T08:00:00Z" } });

        var names = body.GetProperty("data").GetProperty("submitArticle").GetProperty("persons").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("Narendra Modi", names);
        Assert.DoesNotContain("Vladimir Putin", names);
    }

    [Fact]
    public async Task LargeBody_IsRefusedWithoutTheKey_AndAcceptedWithIt()
    {
        var big = new { title = "Long report", text = "Blinken met Wang Yi in Beijing on Monday. " + string.Concat(Enumerable.Repeat("The talks went on. ", 4000)) };
        using var anonymous = _factory.CreateClient();
        var (status, body) = await PostAsync(anonymous, Submit, new { a = big });
        Assert.Equal(400, status);
        Assert.Contains("larger than the 65536-byte limit", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);

        using var client = Client(Key);
        var (accepted, result) = await PostAsync(client, Submit, new { a = big });
        Assert.Equal(200, accepted);
        Assert.True(result.GetProperty("data").GetProperty("submitArticle").GetProperty("created").GetBoolean());
    }

    [Fact]
    public async Task ReadsCanBeClosedToo()
    {
        using var factory = new ApiFactory(new Dictionary<string, string> { ["Api:ApiKey"] = Key, ["Api:RequireApiKeyForQueries"] = "true" });
        using var anonymous = factory.CreateClient();
        var (status, _) = await GraphQLClient.PostAsync(anonymous, "{ stats { articles } }");
        Assert.Equal(401, status);

        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Key);
        var (ok, body) = await GraphQLClient.PostAsync(client, "{ stats { articles } }");
        Assert.Equal(200, ok);
        Assert.Equal(0, body.GetProperty("data").GetProperty("stats").GetProperty("articles").GetInt32());
    }

    private HttpClient Client(string? key)
    {
        var client = _factory.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    private static async Task<(int Status, JsonElement Body)> PostAsync(HttpClient client, string query, object variables)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables }, TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken));
    }
}
