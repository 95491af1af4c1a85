using ActorGraph.Core.Storage;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

public sealed class PersonChainType : ObjectGraphType<ConnectionPath>
{
    public PersonChainType()
    {
        Name = "PersonChain";
        Description = "The shortest chain of meetings between two people: meetings[i] links persons[i] and persons[i + 1].";
        Field<NonNullGraphType<IntGraphType>>("hops").Resolve(c => c.Source.Hops);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("persons").Resolve(c => c.Source.Persons);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingType>>>>("meetings").Resolve(c => c.Source.Meetings);
    }
}
