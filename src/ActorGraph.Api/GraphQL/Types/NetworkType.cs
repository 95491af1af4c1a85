using ActorGraph.Core.Storage;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

public sealed class NetworkType : ObjectGraphType<PersonNetwork>
{
    public NetworkType()
    {
        Name = "Network";
        Field<NonNullGraphType<PersonType>>("center").Resolve(c => c.Source.Center);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkNodeType>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkEdgeType>>>>("edges").Resolve(c => c.Source.Edges);
    }
}
