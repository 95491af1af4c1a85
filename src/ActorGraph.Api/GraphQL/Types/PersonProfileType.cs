using ActorGraph.Core.Storage;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

public sealed class PersonProfileType : ObjectGraphType<PersonDetails>
{
    public PersonProfileType()
    {
        Name = "PersonProfile";
        Field<NonNullGraphType<PersonType>>("person").Resolve(c => c.Source.Person);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("offices")
            .Description("Terms of office from the office-holders table, oldest first, then offices the sources state.")
            .Resolve(c => c.Source.Offices);
        Field<StringGraphType>("wikidataId").Resolve(c => c.Source.Person.WikidataId);
        Field<NonNullGraphType<IntGraphType>>("meetingCount").Resolve(c => c.Source.MeetingCount);
    }
}
