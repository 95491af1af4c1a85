using ActorGraph.Core.Storage;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

public sealed class DidMeetType : ObjectGraphType<DidMeetResult>
{
    public DidMeetType()
    {
        Name = "DidMeet";
        Field<NonNullGraphType<PersonType>>("a").Resolve(c => c.Source.A);
        Field<NonNullGraphType<PersonType>>("b").Resolve(c => c.Source.B);
        Field<NonNullGraphType<BooleanGraphType>>("met").Description("True when a source reports a meeting of the two as held.").Resolve(c => c.Source.Met);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingType>>>>("meetings").Description("Held, planned and cancelled meetings of the two, with their sources.").Resolve(c => c.Source.Meetings);
    }
}
