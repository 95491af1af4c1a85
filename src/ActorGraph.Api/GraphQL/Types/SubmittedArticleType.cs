using ActorGraph.Ingestion;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

public sealed class SubmittedArticleType : ObjectGraphType<IngestOutcome>
{
    public SubmittedArticleType()
    {
        Name = "SubmittedArticle";
        Description = "What was extracted from a submitted article and stored.";
        Field<NonNullGraphType<IdGraphType>>("articleId").Resolve(c => c.Source.ArticleId);
        Field<NonNullGraphType<BooleanGraphType>>("created").Description("False when the same text was already stored (nothing changed).").Resolve(c => c.Source.Created);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExtractedPersonType>>>>("persons").Resolve(c => c.Source.Graph!.Persons);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExtractedMeetingType>>>>("meetings").Resolve(c => c.Source.Graph!.Meetings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("countries").Description("ISO 3166 alpha-2 codes of the countries named.").Resolve(c => c.Source.Graph!.Countries);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("organizations").Resolve(c => c.Source.Graph!.Organizations.Select(o => o.Name));
    }
}
