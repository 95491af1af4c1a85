using ActorGraph.Core.Storage;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

public sealed class MeetingEditType : ObjectGraphType<MeetingEdit>
{
    public MeetingEditType()
    {
        Name = "MeetingEdit";
        Description = "What a merge or split did. It is recorded: later ingests keep to it.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("meetingIds")
            .Description("The meetings the edited reports now form: after a merge the one meeting; after a split the one that stays, then the one split off.")
            .Resolve(c => c.Source.MeetingIds);
        Field<NonNullGraphType<IntGraphType>>("decisionsRecorded").Description("Decisions kept for later ingests.").Resolve(c => c.Source.DecisionsRecorded);
    }
}
