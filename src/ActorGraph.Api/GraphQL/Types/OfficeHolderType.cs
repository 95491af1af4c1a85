using ActorGraph.Core.Storage;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

public sealed class OfficeHolderType : ObjectGraphType<OfficeHolderResult>
{
    public OfficeHolderType()
    {
        Name = "OfficeHolder";
        Description = "Someone who held the office on the day asked about, with the term.";
        Field<NonNullGraphType<PersonType>>("person").Resolve(c => c.Source.Person);
        Field<NonNullGraphType<OfficeType>>("office").Resolve(c => c.Source.Office);
        Field<StringGraphType>("from").Resolve(c => c.Source.Office.From);
        Field<StringGraphType>("to").Resolve(c => c.Source.Office.To);
        Field<NonNullGraphType<BooleanGraphType>>("approximate")
            .Description("True when only the term's partial dates allow it (a term given as \"2018\" for a day in May 2018).")
            .Resolve(c => c.Source.Approximate);
    }
}
