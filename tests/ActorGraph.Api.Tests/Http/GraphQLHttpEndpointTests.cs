using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ActorGraph.Api.Http;
using ActorGraph.Core.Storage;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ActorGraph.Api.Tests.Http;

public sealed class GraphQLHttpEndpointTests : IDisposable
{
    private readonly ApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Post_QueryNested50Deep_IsRejectedWithClearError()
    {
        using var client = _factory.CreateClient();
        var query = "{ __schema { types { " + string.Concat(Enumerable.Repeat("fields { type { ", 24)) + "name" + string.Concat(Enumerable.Repeat(" } }", 24)) + " } } }";

        var (_, body) = await GraphQLClient.PostAsync(client, query);

        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null);
        Assert.Contains("too nested", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnknownPerson_GivesMessageNamingThePerson()
    {
        using var client = _factory.CreateClient();

        var (status, body) = await GraphQLClient.PostAsync(client, "{ whoMet(person: \"Nobody Atall\") { person { name } } }");

        Assert.Equal(200, status);
        Assert.Contains("No person called \"Nobody Atall\"", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_HugeUnknownName_GivesAShortMessage_NotTheNameBack()
    {
        using var client = _factory.CreateClient();
        var name = new string('x', 50_000);

        var (status, body) = await GraphQLClient.PostAsync(client, "{ whoMet(person: \"" + name + "\") { person { name } } }");

        Assert.Equal(200, status);
        var message = body.GetProperty("errors")[0].GetProperty("message").GetString()!;
        Assert.True(message.Length < 300, $"the error is {message.Length} characters long");
        Assert.Contains("(50,000 characters)", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_InvalidJsonBody_Is400()
    {
        using var client = _factory.CreateClient();
        using var content = new StringContent("{ \"query\": ", System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/graphql", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid GraphQL JSON", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Query_Executes()
    {
        using var client = _factory.CreateClient();

        var body = await client.GetFromJsonAsync<JsonElement>("/graphql?query=" + Uri.EscapeDataString("{ stats { articles persons } }"), TestContext.Current.CancellationToken);

        Assert.Equal(0, body.GetProperty("data").GetProperty("stats").GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task Post_MeetingsWithParticipantsAndSources_LoadsInOneBatchEach()
    {
        CountingQueries? counting = null;
        using var factory = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<GraphQueries>();
            s.Replace(ServiceDescriptor.Singleton<IGraphQueries>(sp => counting = new CountingQueries(sp.GetRequiredService<GraphQueries>())));
        }));
        await SampleArticles.IngestAsync(factory.Services);

        using var client = factory.CreateClient();
        var (_, body) = await GraphQLClient.PostAsync(client, "{ meetings(first: 100) { totalCount edges { node { participants { name } sources { title } } } } }");

        var meetings = body.GetProperty("data").GetProperty("meetings");
        Assert.True(meetings.GetProperty("totalCount").GetInt32() >= 10);
        Assert.All(meetings.GetProperty("edges").EnumerateArray(), e => Assert.True(e.GetProperty("node").GetProperty("participants").GetArrayLength() >= 2));
        Assert.Equal(1, counting!.PersonBatches);
        Assert.Equal(1, counting.SourceBatches);
    }

    [Fact]
    public async Task WarmUp_RunsItsQueriesAsTheServerStarts_AndTheSchemaAcceptsThem()
    {
        using var client = _factory.CreateClient(); // starts the host
        var warmUp = _factory.Services.GetRequiredService<GraphQLWarmUp>();

        await warmUp.Done.Task.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Null(warmUp.Failure);
    }

    [Fact]
    public async Task Health_And_GraphiQL_AreServedWithoutInternet()
    {
        using var client = _factory.CreateClient();

        var health = await client.GetFromJsonAsync<JsonElement>("/health", TestContext.Current.CancellationToken);
        var page = await client.GetStringAsync("/graphql/ui", TestContext.Current.CancellationToken);
        using var script = await client.GetAsync("/graphiql/vendor/graphiql.min.js", TestContext.Current.CancellationToken);

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Contains("/graphiql/vendor/graphiql.min.js", page, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}
