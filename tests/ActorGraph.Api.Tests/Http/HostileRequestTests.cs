using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ActorGraph.Core.Storage;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ActorGraph.Api.Tests.Http;

/// <summary>Requests an attacker or a careless client sends: each is refused early, or cut off, with a message that says which limit.</summary>
public sealed class HostileRequestTests : IDisposable
{
    private readonly ApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GraphiQLsIntrospectionQuery_LoadsTheWholeSchema()
    {
        using var client = _factory.CreateClient();
        var query = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Http", "GraphiQLIntrospection.graphql"), Cancellation);

        var (status, body) = await GraphQLClient.PostAsync(client, query);

        Assert.Equal(200, status);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var types = body.GetProperty("data").GetProperty("__schema").GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Contains("Meeting", types);
        Assert.Contains("Person", types);
    }

    [Fact]
    public async Task ManyAliasesOfIntrospection_AreStillRefused()
    {
        using var client = _factory.CreateClient();
        var query = "{ " + string.Concat(Enumerable.Range(0, 400).Select(i => $"s{i}:__schema {{types{{fields{{args{{name}}type{{ofType{{name}}}}}}}}}} ")) + "}";

        Assert.True(query.Length < 64 * 1024, "the attack fits the request size limit");

        var (_, body) = await GraphQLClient.PostAsync(client, query);

        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null);
        Assert.Contains("complex", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/graphql/schema.graphql")]
    [InlineData("/graphql?sdl")]
    public async Task Schema_IsServedAsSdl(string path)
    {
        using var client = _factory.CreateClient();

        var sdl = await client.GetStringAsync(path, Cancellation);

        Assert.Contains("type Query", sdl, StringComparison.Ordinal);
        Assert.Contains("whoMet(", sdl, StringComparison.Ordinal);
        Assert.Contains("splitPerson(", sdl, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("w{0}:whoMet(person:\"George W. Bush\"){{counterparts{{totalCount}}}}", 700)]
    [InlineData("n{0}: network(person: \"George W. Bush\", depth: 3) {{ nodes {{ distance }} }}", 50)]
    [InlineData("c{0}: connection(from: \"George W. Bush\", to: \"Tony Blair\", maxHops: 6) {{ hops }}", 100)]
    [InlineData("d{0}: countryContacts(country: \"US\") {{ code }}", 200)]
    public async Task ManyAliasesOfAnExpensiveField_AreRefusedBeforeTheyRun(string alias, int count)
    {
        using var client = _factory.CreateClient();
        var query = "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, alias, i))) + " }";
        Assert.True(Encoding.UTF8.GetByteCount(query) < 64 * 1024, "the attack fits the request size limit");

        var watch = Stopwatch.StartNew();
        var (_, body) = await GraphQLClient.PostAsync(client, query);

        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null, body.ToString()[..Math.Min(300, body.ToString().Length)]);
        Assert.Contains("complex", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"refused after {watch.Elapsed}");
    }

    [Fact]
    public async Task OneExpensiveField_StillRuns()
    {
        using var client = _factory.CreateClient();

        var (_, body) = await GraphQLClient.PostAsync(client, "{ network(person: \"Nobody Atall\", depth: 2) { nodes { distance } } connection(from: \"A B\", to: \"C D\", maxHops: 4) { hops } }");

        // Allowed through the cost check: the store answers (here, that it knows no such person).
        Assert.Contains("No person called", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FragmentChain_IsRefusedAtOnce_SayingWhichLimit()
    {
        using var client = _factory.CreateClient();
        const int length = 1900;
        var query = new StringBuilder("{ ...F0 }\n");
        for (var i = 0; i < length; i++)
        {
            query.Append(i + 1 < length ? $"fragment F{i} on Query{{...F{i + 1}}}\n" : $"fragment F{i} on Query{{stats{{persons}}}}\n");
        }

        Assert.True(query.Length < 64 * 1024, "the attack fits the request size limit");

        var watch = Stopwatch.StartNew();
        var (status, body) = await GraphQLClient.PostAsync(client, query.ToString());

        Assert.Equal(400, status);
        Assert.Contains("more than 100 fragments", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"refused after {watch.Elapsed}");
    }

    [Theory]
    [InlineData(10)]
    [InlineData(30)]
    [InlineData(200)]
    public async Task DeepQuery_IsRefused_NamingTheDepthLimit(int levels)
    {
        using var client = _factory.CreateClient();
        var query = "{ __schema { types { " + string.Concat(Enumerable.Repeat("fields { type { ", levels)) + "name" + string.Concat(Enumerable.Repeat(" } }", levels)) + " } } }";

        var (_, body) = await GraphQLClient.PostAsync(client, query);

        var message = body.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Contains("15", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Error executing document", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPersons_OverTheLimit_IsRefusedWithTheLimit()
    {
        using var client = _factory.CreateClient();

        var (_, body) = await GraphQLClient.PostAsync(client, "{ searchPersons(text: \"a\", limit: 1000000) { id } }");

        Assert.Contains("\"limit\" must be between 1 and 500", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowRequest_IsCutOffAtTheTimeLimit_AndTheStoreIsCancelled()
    {
        StallingQueries? stalling = null;
        using var factory = new ApiFactory(new Dictionary<string, string> { ["Api:TimeoutSeconds"] = "0.5" }).WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<GraphQueries>();
            s.Replace(ServiceDescriptor.Singleton(sp => StallingQueries.Over(sp.GetRequiredService<GraphQueries>(), out stalling)));
        }));
        using var client = factory.CreateClient();

        var watch = Stopwatch.StartNew();
        var (_, body) = await GraphQLClient.PostAsync(client, "{ whoMet(person: \"Anyone\") { counterparts { totalCount } } }");

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"answered after {watch.Elapsed}");
        Assert.Contains("time", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        await stalling!.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5), Cancellation);
    }

    [Fact]
    public async Task RequestsBeyondTheConcurrencyLimitAndQueue_Get503()
    {
        StallingQueries? stalling = null;
        using var factory = new ApiFactory(new Dictionary<string, string>
        {
            ["Api:TimeoutSeconds"] = "3", ["Api:MaxConcurrentRequests"] = "1", ["Api:MaxQueuedRequests"] = "0",
        }).WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<GraphQueries>();
            s.Replace(ServiceDescriptor.Singleton(sp => StallingQueries.Over(sp.GetRequiredService<GraphQueries>(), out stalling)));
        }));
        using var client = factory.CreateClient();
        _ = factory.Services.GetRequiredService<IGraphQueries>(); // creates the stalling queries now, not at the first request
        var stalled = GraphQLClient.PostAsync(client, "{ whoMet(person: \"Anyone\") { counterparts { totalCount } } }");
        await stalling!.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10), Cancellation);

        using var second = await client.PostAsJsonAsync("/graphql", new { query = "{ stats { persons } }" }, Cancellation);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Contains("busy", await second.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        await stalled;

        // Once the stalled request has given its place back (just after its answer went out), others run again.
        var status = 0;
        for (var attempt = 0; attempt < 50 && status != 200; attempt++)
        {
            await Task.Delay(100, Cancellation);
            (status, _) = await GraphQLClient.PostAsync(client, "{ stats { persons } }");
        }

        Assert.Equal(200, status);
    }
}
