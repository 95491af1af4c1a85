using ActorGraph.Core.Model;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

public sealed class MeetingStatusType : EnumerationGraphType<MeetingStatus>
{
    public MeetingStatusType()
    {
        Name = "MeetingStatus";
        Description = "Whether a meeting was held, is planned, or was called off.";
    }
}
