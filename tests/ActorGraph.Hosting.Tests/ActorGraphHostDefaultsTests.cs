using System.Net;
using System.Text.Json;
using ActorGraph.Core.Storage;
using ActorGraph.Ingestion;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Hosting.Tests;

public sealed class ActorGraphHostDefaultsTests
{
    [Fact]
    public async Task Health_ReportsTheStoresCounts_AndThisProcessIngestion()
    {
        await using var app = await StartAsync(() => new StoreStatistics(Articles: 3, Persons: 7, Meetings: 2, Countries: 4, Organizations: 0, Places: 1));
        app.Services.GetRequiredService<IngestionMetrics>().ArticleStored(created: true, TimeSpan.FromMilliseconds(4));
        app.Services.GetRequiredService<IngestionMetrics>().ArticleRejected();

        using var response = await app.GetTestClient().GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("3 articles, 7 persons, 2 meetings", body.RootElement.GetProperty("checks").GetProperty("store").GetProperty("description").GetString());
        var ingestion = body.RootElement.GetProperty("ingestion");
        Assert.Equal(1, ingestion.GetProperty("articlesStored").GetInt64());
        Assert.Equal(1, ingestion.GetProperty("articlesRejected").GetInt64());
    }

    [Fact]
    public async Task Health_IsUnhealthy_WhenTheStoreDoesNotAnswer()
    {
        await using var app = await StartAsync(() => throw new IOException("connection refused"));

        using var response = await app.GetTestClient().GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("The graph store does not answer: connection refused",
            body.RootElement.GetProperty("checks").GetProperty("store").GetProperty("description").GetString());
    }

    [Fact]
    public void Environment_IsAddedOnce_AndItsDoubleUnderscoresNameSections()
    {
        const string variable = ActorGraphHostDefaults.EnvironmentPrefix + "HOSTINGDEFAULTSTEST__KEY";
        Environment.SetEnvironmentVariable(variable, "from the environment");
        try
        {
            var builder = new ConfigurationBuilder().AddActorGraphEnvironment().AddActorGraphEnvironment();

            Assert.Single(builder.Sources.OfType<EnvironmentVariablesConfigurationSource>());
            Assert.Equal("from the environment", builder.Build()["HostingDefaultsTest:Key"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    private static async Task<WebApplication> StartAsync(Func<StoreStatistics> statistics)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<IngestionMetrics>();
        builder.Services.AddSingleton<IGraphStore>(new StatisticsOnlyStore(statistics));
        builder.Services.AddActorGraphHealthChecks();
        var app = builder.Build();
        app.MapActorGraphHealth();
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }
}
