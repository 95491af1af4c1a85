namespace ActorGraph.Api.Http;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>Maps GraphQL (GET and POST) at <paramref name="path"/> and GraphiQL at <paramref name="path"/>/ui.</summary>
    public static IEndpointRouteBuilder MapActorGraphGraphQL(this IEndpointRouteBuilder endpoints, string path)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapMethods(path, [HttpMethods.Get, HttpMethods.Post], (HttpContext http, GraphQLHttpEndpoint endpoint) => endpoint.HandleAsync(http));
        endpoints.MapGet(path + "/ui", (IWebHostEnvironment environment) =>
        {
            var assets = environment.WebRootFileProvider.GetFileInfo("graphiql/vendor/graphiql.min.js").Exists;
            return Results.Content(GraphiQLPage.Html(path, assets), "text/html; charset=utf-8");
        });
        return endpoints;
    }
}
