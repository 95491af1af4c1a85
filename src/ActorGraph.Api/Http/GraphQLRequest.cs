using GraphQL;

namespace ActorGraph.Api.Http;

/// <summary>The body of a GraphQL-over-HTTP request.</summary>
public sealed class GraphQLRequest
{
    public string? Query { get; set; }

    public string? OperationName { get; set; }

    public Inputs? Variables { get; set; }
}
