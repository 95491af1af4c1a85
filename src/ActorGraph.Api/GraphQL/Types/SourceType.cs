using ActorGraph.Core.Storage;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

public sealed class SourceType : ObjectGraphType<MeetingSource>
{
    public SourceType()
    {
        Name = "Source";
        Description = "An article that reports a meeting, with the sentence that says so.";
        Field<NonNullGraphType<IdGraphType>>("articleId").Resolve(c => c.Source.ArticleId);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<StringGraphType>("url").Resolve(c => c.Source.Url);
        Field<StringGraphType>("source").Resolve(c => c.Source.Source);
        Field<StringGraphType>("publishedAt").Resolve(c => c.Source.PublishedAt);
        Field<StringGraphType>("evidence").Resolve(c => c.Source.Evidence);
    }
}
