using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

/// <summary>The ActorGraph schema: graph types come from DI, so resolvers get the store through constructors.</summary>
public sealed class ActorGraphSchema : Schema
{
    public ActorGraphSchema(IServiceProvider services, ActorGraphQuery query, ActorGraphMutation mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "Who is who in diplomacy and who met whom, with the sentences that say so.";
    }
}
