using ActorGraph.Api.GraphQL;
using GraphQL;

namespace ActorGraph.Api.Http;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps GraphQL (GET and POST) at <paramref name="path"/>, GraphiQL at <paramref name="path"/>/ui and the schema
    /// as SDL at <paramref name="path"/>/schema.graphql (also <c>GET path?sdl</c>).
    /// </summary>
    public static IEndpointRouteBuilder MapActorGraphGraphQL(this IEndpointRouteBuilder endpoints, string path)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapMethods(path, [HttpMethods.Get, HttpMethods.Post], (HttpContext http, GraphQLHttpEndpoint endpoint, ActorGraphSchema schema) =>
            HttpMethods.IsGet(http.Request.Method) && http.Request.Query.ContainsKey("sdl") && !http.Request.Query.ContainsKey("query")
                ? Sdl(schema).ExecuteAsync(http)
                : endpoint.HandleAsync(http));
        endpoints.MapGet(path + "/schema.graphql", (ActorGraphSchema schema) => Sdl(schema));
        endpoints.MapGet(path + "/ui", (IWebHostEnvironment environment) =>
        {
            var assets = environment.WebRootFileProvider.GetFileInfo("graphiql/vendor/graphiql.min.js").Exists;
            return Results.Content(GraphiQLPage.Html(path, assets), "text/html; charset=utf-8");
        });
        return endpoints;
    }

    private static IResult Sdl(ActorGraphSchema schema) =>
        Results.Text(schema.Print(new global::GraphQL.Utilities.PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }), "text/plain; charset=utf-8");
}
