using ActorGraph.Core.Annotation;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j;
using ActorGraph.TestSupport.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static ActorGraph.Storage.Tests.Conformance.GraphStoreConformanceTests;

namespace ActorGraph.Storage.Tests.Neo4j;

/// <summary>How many HTTP round trips a batch costs on the real server: a fixed few, whatever its size.</summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class Neo4jBatchWriteTests(Neo4jServerFixture server)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ABatchOfFortyArticles_CostsTheRoundTripsOfABatchOfTwo()
    {
        server.RequireServer();
        await server.DeleteEverythingAsync(Cancellation);
        var counter = new RequestCounter();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Neo4j:Uri", server.StoreUrl)]).Build();
        var services = new ServiceCollection().AddLogging().AddNeo4jGraphStore(configuration);
        services.AddHttpClient(Neo4jClient.HttpClientName).AddHttpMessageHandler(() => new CountingHandler(counter));
        await using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<IGraphStore>();
        await store.UpsertBatchAsync(Articles("warm-up", 1), Cancellation); // schema and reference data, once per process

        var two = await counter.CountAsync(() => store.UpsertBatchAsync(Articles("small", 2), Cancellation));
        var forty = await counter.CountAsync(() => store.UpsertBatchAsync(Articles("large", 40), Cancellation));

        Assert.Equal(two, forty);
        Assert.InRange(forty, 3, 5); // begin + lookups, writes with the reads of the meetings to derive, commit
        var stats = await store.GetStatisticsAsync(Cancellation);
        Assert.Equal(43, stats.Articles);
        Assert.Equal(43, stats.MeetingReports);
    }

    /// <summary>Articles on different days, each reporting a meeting of the same two people.</summary>
    private static List<ArticleGraph> Articles(string prefix, int count) =>
        Enumerable.Range(1, count).Select(i =>
        {
            var day = $"2024-{1 + (i % 12):00}-{1 + (i % 28):00}";
            return Graph($"{prefix} {i}", day, [Person("Antony Blinken", "US", "Secretary of State"), Person("Wang Yi", "CN")],
                [Meeting("Antony Blinken", "Wang Yi", day, MeetingStatus.Held)]);
        }).ToList();

    private sealed class RequestCounter
    {
        private int _count;

        public void Add() => Interlocked.Increment(ref _count);

        public async Task<int> CountAsync(Func<Task> action)
        {
            var before = Volatile.Read(ref _count);
            await action();
            return Volatile.Read(ref _count) - before;
        }
    }

    private sealed class CountingHandler(RequestCounter counter) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            counter.Add();
            return base.SendAsync(request, cancellationToken);
        }
    }
}
