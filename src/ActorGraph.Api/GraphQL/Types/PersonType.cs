using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.Storage;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

public sealed class PersonType : ObjectGraphType<PersonSummary>
{
    public PersonType(ReferenceCatalog catalog)
    {
        Name = "Person";
        Description = "A diplomatic actor found in the articles.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<StringGraphType>("country").Description("ISO 3166-1 alpha-2 code of the country the person acts for.").Resolve(c => c.Source.Country);
        Field<StringGraphType>("countryName").Resolve(c => c.Source.Country is { } code ? catalog.FindCountry(code)?.Name ?? code : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Resolve(c => c.Source.Aliases);
        Field<StringGraphType>("wikidataId").Description("The Wikidata item (\"Q701801\"), for a person the office-holders table knows.").Resolve(c => c.Source.WikidataId);
    }
}
