using ActorGraph.Core.Storage;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

public sealed class CounterpartType : ObjectGraphType<Counterpart>
{
    public CounterpartType()
    {
        Name = "Counterpart";
        Description = "Someone a person met, how often, and when.";
        Field<NonNullGraphType<PersonType>>("person").Resolve(c => c.Source.Person);
        Field<NonNullGraphType<IntGraphType>>("count").Description("Meetings of the two, each counted once however many sources report it.").Resolve(c => c.Source.Count);
        Field<StringGraphType>("firstDate").Resolve(c => c.Source.FirstDate);
        Field<StringGraphType>("lastDate").Resolve(c => c.Source.LastDate);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingType>>>>("meetings").Resolve(c => c.Source.Meetings);
    }
}
