using ActorGraph.Core.Storage;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

public sealed class OfficeType : ObjectGraphType<OfficeHeld>
{
    public OfficeType()
    {
        Name = "Office";
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<StringGraphType>("country").Resolve(c => c.Source.Country);
        Field<StringGraphType>("asOf").Description("Publication date of the earliest article that states it.").Resolve(c => c.Source.AsOf);
    }
}
