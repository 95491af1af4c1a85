using ActorGraph.Core.Annotation;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

public sealed class ExtractedPersonType : ObjectGraphType<PersonMention>
{
    public ExtractedPersonType()
    {
        Name = "ExtractedPerson";
        Description = "A person as the article names them (merged with people already in the graph when stored).";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<StringGraphType>("country").Resolve(c => c.Source.Country);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("offices").Description("Titles with their country, e.g. \"Foreign Minister (CN)\".")
            .Resolve(c => c.Source.Offices.Select(o => o.Country is null ? o.Title : $"{o.Title} ({o.Country})"));
        Field<StringGraphType>("evidence").Description("The sentence that names the person.").Resolve(c => c.Source.Evidence);
    }
}
