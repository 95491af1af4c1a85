using ActorGraph.Core.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ActorGraph.Hosting;

/// <summary>Healthy when the store answers; the counts show what it holds.</summary>
public sealed class StoreHealthCheck(IGraphStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var stats = await store.GetStatisticsAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{stats.Articles} articles, {stats.Persons} persons, {stats.Meetings} meetings");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The graph store does not answer: " + ex.Message);
        }
    }
}
