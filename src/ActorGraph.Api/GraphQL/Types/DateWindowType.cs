using ActorGraph.Core.Storage;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

/// <summary>The days a meeting may have taken place on, read from a meeting's stored window.</summary>
public sealed class DateWindowType : ObjectGraphType<MeetingRecord>
{
    public DateWindowType()
    {
        Name = "DateWindow";
        Description = "The days a meeting may have taken place on: its own days when a source dates it; else the days its reports allow "
            + "(held: the two weeks before a report's publication; planned: the three months after), narrowed by each further report.";
        Field<NonNullGraphType<StringGraphType>>("from").Description("First possible day, ISO date.").Resolve(c => c.Source.WindowFrom);
        Field<NonNullGraphType<StringGraphType>>("to").Description("Last possible day, ISO date.").Resolve(c => c.Source.WindowTo);
    }
}
