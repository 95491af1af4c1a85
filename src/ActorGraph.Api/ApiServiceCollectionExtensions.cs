using ActorGraph.Api.GraphQL;
using ActorGraph.Api.Http;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ActorGraph.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>Adds the schema, every graph type, the executer and the HTTP endpoint, with validated limits.</summary>
    public static IServiceCollection AddActorGraphGraphQL(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        foreach (var type in typeof(ActorGraphSchema).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IGraphType).IsAssignableFrom(t)))
        {
            services.TryAddSingleton(type);
        }

        services.TryAddSingleton(typeof(ConnectionType<>));
        services.TryAddSingleton(typeof(ConnectionType<,>));
        services.TryAddSingleton(typeof(EdgeType<>));
        services.TryAddSingleton<PageInfoType>();
        services.TryAddSingleton<ActorGraphSchema>();
        services.TryAddSingleton<IDocumentExecuter, DocumentExecuter>();
        services.TryAddSingleton<IGraphQLTextSerializer>(new GraphQLSerializer(o => o.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
        services.TryAddSingleton<GraphQLHttpEndpoint>();
        services.TryAddSingleton<GraphQLWarmUp>();
        services.AddHostedService(sp => sp.GetRequiredService<GraphQLWarmUp>());
        return services;
    }
}
