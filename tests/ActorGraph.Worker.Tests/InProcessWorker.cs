using ActorGraph.Core.Storage;
using ActorGraph.Ingestion;
using ActorGraph.Ingestion.Composition;
using ActorGraph.Ingestion.Reading;
using ActorGraph.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ActorGraph.Worker.Tests;

/// <summary>The worker composed as the worker program composes it, in this process, for tests that watch it closely.</summary>
public static class InProcessWorker
{
    public static IHost Build(WorkerFolder folder, IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Location"] = folder.Database,
            ["Worker:Inbox"] = folder.Inbox,
            ["Worker:SettleTime"] = "00:00:00",
            ["Worker:PollInterval"] = "00:00:00.100",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddLogging();
        builder.Services.AddActorGraphStore(builder.Configuration).AddActorGraphIngestion().AddActorGraphInboxWorker();
        return builder.Build();
    }

    /// <summary>Stores a file without the worker, in one go: what an uninterrupted load gives.</summary>
    public static async Task<FileIngestResult> IngestAsync(string database, string file, int batchSize)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Store:Location", database)]).Build();
        await using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddActorGraphStore(configuration).AddActorGraphIngestion().BuildServiceProvider();
        return await services.GetRequiredService<FileBatchIngestor>().IngestAsync(file, batchSize, null, null, CancellationToken.None, TestContext.Current.CancellationToken);
    }

    /// <summary>The ids the articles of a file get, read as the worker reads them.</summary>
    public static async Task<List<string>> ArticleIdsAsync(string file)
    {
        var reader = new ArticleReader(Options.Create(new ReadingOptions()));
        var ids = new List<string>();
        await foreach (var record in reader.ReadFileAsync(file, TestContext.Current.CancellationToken))
        {
            ids.Add(Core.Identity.NodeIds.Article(record.Article!.Text));
        }

        return ids;
    }

    /// <param name="folder">Listed in the timeout's message, to show where the files got to.</param>
    public static async Task WaitForAsync(Func<bool> condition, TimeSpan timeout, string what, WorkerFolder? folder = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                var files = folder is null ? "" : "\n" + string.Join("\n", Directory.GetFiles(folder.Inbox, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder.Inbox, f)));
                throw new TimeoutException($"Waited {timeout.TotalSeconds:N0} s for {what}.{files}");
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    public static Task<StoreStatistics> StatisticsAsync(this IHost host) =>
        host.Services.GetRequiredService<IGraphStore>().GetStatisticsAsync(TestContext.Current.CancellationToken);
}
