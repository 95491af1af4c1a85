using GraphQL;

namespace ActorGraph.Api.GraphQL.Loaders;

internal static class ResolveContextLoaderExtensions
{
    public static RequestLoaders Loaders(this IResolveFieldContext context) =>
        context.UserContext as RequestLoaders ?? throw new InvalidOperationException("The request has no batch loaders: GraphQL requests run through the API's HTTP endpoint, which sets them.");
}
