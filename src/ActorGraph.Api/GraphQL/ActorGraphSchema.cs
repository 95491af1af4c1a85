using GraphQL;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

/// <summary>The ActorGraph schema: graph types come from DI, so resolvers get the store through constructors.</summary>
public sealed class ActorGraphSchema : Schema
{
    /// <summary>The share of its full complexity an introspection request counts.</summary>
    public const double IntrospectionImpact = 0.1;

    public ActorGraphSchema(IServiceProvider services, ActorGraphQuery query, ActorGraphMutation mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "Who is who in diplomacy and who met whom, with the sentences that say so.";

        // GraphiQL's introspection query counts 665,940 points at full price; at a tenth it fits the anonymous budget
        // (GraphiQL loads its schema and Docs) while a request of many introspection aliases is still refused.
        this.WithIntrospectionComplexityImpact(IntrospectionImpact);
    }
}
