using ActorGraph.Core.Storage;
using ActorGraph.Ingestion;
using ActorGraph.Ingestion.Composition;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Storage.Tests.Conformance;

/// <summary>A store the conformance suite runs against, composed exactly as the application composes it.</summary>
public abstract class StoreUnderTest : IAsyncDisposable
{
    private readonly List<ServiceProvider> _providers = [];

    /// <summary>Why this store cannot run here (the suite then skips with this reason), or null.</summary>
    public abstract string? SkipReason { get; }

    /// <summary>Services over an empty store.</summary>
    public async Task<ServiceProvider> CreateEmptyAsync(CancellationToken cancellationToken) => CreateAt(await EmptyLocationAsync(cancellationToken));

    /// <summary>Services over the store at <paramref name="location"/>, as a second process writing to the same store would have them.</summary>
    public ServiceProvider CreateAt(string location)
    {
        var settings = new Dictionary<string, string?>(Settings) { [$"{StoreOptions.SectionName}:{nameof(StoreOptions.Location)}"] = location };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddActorGraphStore(configuration).AddActorGraphIngestion();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _providers.Add(provider);
        return provider;
    }

    /// <summary>
    /// Services over a store holding the sample articles, ingested the way <c>actorgraph ingest</c> does; built once
    /// and reused while <see cref="Generation"/> says the store still holds them.
    /// </summary>
    public async Task<ServiceProvider> WithSamplesAsync(CancellationToken cancellationToken)
    {
        await _samplesOnce.WaitAsync(cancellationToken);
        try
        {
            if (_samples is null || _samplesGeneration != Generation)
            {
                _samples = await CreateWithSamplesAsync(cancellationToken);
                _samplesGeneration = Generation;
            }

            return _samples;
        }
        finally
        {
            _samplesOnce.Release();
        }
    }

    /// <summary>Changes whenever the store's contents are thrown away (Neo4j has one database per server).</summary>
    protected virtual int Generation => 0;

    private readonly SemaphoreSlim _samplesOnce = new(1, 1);
    private ServiceProvider? _samples;
    private int _samplesGeneration;

    private async Task<ServiceProvider> CreateWithSamplesAsync(CancellationToken cancellationToken)
    {
        var provider = await CreateEmptyAsync(cancellationToken);
        var ingestor = provider.GetRequiredService<ArticleIngestor>();
        foreach (var file in Samples.Files)
        {
            await foreach (var outcome in ingestor.IngestFileAsync(file, cancellationToken))
            {
                Assert.Null(outcome.Error);
            }
        }

        return provider;
    }

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>A Store:Location whose store is empty.</summary>
    protected abstract Task<string> EmptyLocationAsync(CancellationToken cancellationToken);

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        _samplesOnce.Dispose();
        GC.SuppressFinalize(this);
    }
}
