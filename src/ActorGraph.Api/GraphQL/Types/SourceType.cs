using ActorGraph.Core.Storage;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

public sealed class SourceType : ObjectGraphType<MeetingSource>
{
    public SourceType()
    {
        Name = "Source";
        Description = "An article, or an official record (a visit or trip), that reports a meeting, with the text that says so.";
        Field<NonNullGraphType<IdGraphType>>("articleId").Resolve(c => c.Source.ArticleId);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<StringGraphType>("url").Resolve(c => c.Source.Url);
        Field<StringGraphType>("source").Resolve(c => c.Source.Source);
        Field<StringGraphType>("publishedAt").Resolve(c => c.Source.PublishedAt);
        Field<StringGraphType>("evidence").Resolve(c => c.Source.Evidence);
        Field<StringGraphType>("recordId").Description("The publisher's record id (e.g. history-state/trip/4019) when the source is an official record; null for articles.")
            .Resolve(c => c.Source.RecordId);
    }
}
