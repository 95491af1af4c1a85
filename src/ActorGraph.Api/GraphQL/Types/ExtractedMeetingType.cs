using ActorGraph.Core.Annotation;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

public sealed class ExtractedMeetingType : ObjectGraphType<MeetingMention>
{
    public ExtractedMeetingType()
    {
        Name = "ExtractedMeeting";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("participants").Resolve(c => c.Source.Participants);
        Field<NonNullGraphType<MeetingStatusType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<MeetingModeType>>("mode").Resolve(c => c.Source.Mode);
        Field<StringGraphType>("date").Resolve(c => c.Source.Date);
        Field<StringGraphType>("place").Resolve(c => c.Source.Place);
        Field<StringGraphType>("country").Resolve(c => c.Source.Country);
        Field<StringGraphType>("evidence").Resolve(c => c.Source.Evidence);
    }
}
