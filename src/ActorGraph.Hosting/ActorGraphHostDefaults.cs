using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Hosting;

/// <summary>
/// The defaults every ActorGraph host applies the same way: settings from ACTORGRAPH__ environment variables and the
/// <c>/health</c> endpoint with its store check. The API, the worker and the CLI use these instead of each other.
/// </summary>
public static class ActorGraphHostDefaults
{
    /// <summary>Environment variables ACTORGRAPH__SECTION__KEY set Section:Key (ACTORGRAPH__STORE__LOCATION → Store:Location).</summary>
    public const string EnvironmentPrefix = "ACTORGRAPH__";

    /// <summary>Adds the ACTORGRAPH__ environment variables once, so a caller can layer command-line values above them.</summary>
    public static IConfigurationBuilder AddActorGraphEnvironment(this IConfigurationBuilder configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var present = configuration.Sources.OfType<EnvironmentVariablesConfigurationSource>().Any(s => s.Prefix == EnvironmentPrefix);
        return present ? configuration : configuration.AddEnvironmentVariables(prefix: EnvironmentPrefix);
    }

    /// <summary>The store check behind <c>/health</c>.</summary>
    public static IServiceCollection AddActorGraphHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        return services;
    }

    /// <summary><c>/health</c>: the store check and this process's ingestion counters, as JSON.</summary>
    public static IEndpointRouteBuilder MapActorGraphHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync });
        return endpoints;
    }
}
