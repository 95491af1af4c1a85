using ActorGraph.Core.ReferenceData.OfficeHolders;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

public sealed class OfficeKindType : EnumerationGraphType<OfficeKind>
{
    public OfficeKindType()
    {
        Name = "OfficeKind";
        Description = "What an office is, whatever the country calls it (a US Secretary of State and a Minister of Foreign Affairs are both FOREIGN_MINISTER).";
    }
}
