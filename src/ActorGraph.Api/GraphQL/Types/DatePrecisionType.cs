using ActorGraph.Core.Model;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

public sealed class DatePrecisionType : EnumerationGraphType<DatePrecision>
{
    public DatePrecisionType()
    {
        Name = "DatePrecision";
        Description = "How exactly the sources fix a meeting's date: a day, first and last days, only a window of possible days, or nothing.";
    }
}
