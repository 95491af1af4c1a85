using ActorGraph.Core.Storage;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

public sealed class OfficeType : ObjectGraphType<OfficeHeld>
{
    public OfficeType()
    {
        Name = "Office";
        Description = "An office a person holds or held: a term of the office-holders table (from, to), or an office a source states (asOf).";
        Field<NonNullGraphType<StringGraphType>>("title").Description("As the source writes it.").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<OfficeKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<StringGraphType>("country").Description("ISO code; null for an international post.").Resolve(c => c.Source.Country);
        Field<StringGraphType>("from").Description("Start of the term: yyyy-MM-dd, or yyyy-MM or yyyy when the source gives no more.").Resolve(c => c.Source.From);
        Field<StringGraphType>("to").Description("End of the term; null while the source says the holder is in office.").Resolve(c => c.Source.To);
        Field<StringGraphType>("confirmedUntil").Description("For a term with no end: the last day the source said the holder was in office.").Resolve(c => c.Source.ConfirmedUntil);
        Field<StringGraphType>("asOf").Description("Publication date of the earliest article that states it.").Resolve(c => c.Source.AsOf);
        Field<NonNullGraphType<StringGraphType>>("source").Description("\"article\", or the table's source: \"wikidata\", \"supplement\", \"history-state\".").Resolve(c => c.Source.Source);
    }
}
