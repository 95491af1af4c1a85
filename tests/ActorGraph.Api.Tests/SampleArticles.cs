using ActorGraph.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Api.Tests;

/// <summary>The repository's sample articles (copied beside the tests), ingested through the app's own ingestor.</summary>
internal static class SampleArticles
{
    /// <summary>Ingests every sample article, in name order; each must be stored or already be.</summary>
    public static async Task<List<IngestOutcome>> IngestAsync(IServiceProvider services)
    {
        var ingestor = services.GetRequiredService<ArticleIngestor>();
        var outcomes = new List<IngestOutcome>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples")).Where(f => !f.EndsWith(".gold.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            await foreach (var outcome in ingestor.IngestFileAsync(file, TestContext.Current.CancellationToken))
            {
                Assert.True(outcome.Succeeded, outcome.Error);
                outcomes.Add(outcome);
            }
        }

        return outcomes;
    }
}
