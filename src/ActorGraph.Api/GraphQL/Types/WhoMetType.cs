using ActorGraph.Core.Storage;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

public sealed class WhoMetType : ObjectGraphType<WhoMetResult>
{
    public WhoMetType()
    {
        Name = "WhoMet";
        Field<NonNullGraphType<PersonType>>("person").Resolve(c => c.Source.Person);
        Connection<CounterpartType>("counterparts")
            .Description("Most frequent counterpart first.")
            .Resolve(c => Paging.Page(((WhoMetResult)c.Source!).Counterparts, c.First, c.After));
    }
}
