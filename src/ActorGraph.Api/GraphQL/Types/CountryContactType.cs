using ActorGraph.Core.Storage;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

public sealed class CountryContactType : ObjectGraphType<CountryContact>
{
    public CountryContactType()
    {
        Name = "CountryContact";
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<IntGraphType>>("meetings").Resolve(c => c.Source.Meetings);
    }
}
