using ActorGraph.Core.Model;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

public sealed class MeetingModeType : EnumerationGraphType<MeetingMode>
{
    public MeetingModeType()
    {
        Name = "MeetingMode";
        Description = "In person, by phone, or by video.";
    }
}
