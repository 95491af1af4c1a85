using ActorGraph.Api.GraphQL.Types;
using ActorGraph.Extraction.Ingestion;
using GraphQL;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

/// <summary>The write side: every mutation needs the API key (see <see cref="Http.MutationsNeedApiKeyRule"/>).</summary>
public sealed class ActorGraphMutation : ObjectGraphType
{
    public ActorGraphMutation(ArticleIngestor ingestor)
    {
        Name = "Mutation";

        Field<NonNullGraphType<SubmittedArticleType>>("submitArticle")
            .Description("Extracts an article and stores it with everything found in it, like a file dropped in the inbox. Idempotent: the same text again changes nothing.")
            .Argument<NonNullGraphType<ArticleSubmissionInputType>>("article")
            .ResolveAsync(async c =>
            {
                var submission = c.GetArgument<ArticleSubmission>("article");
                var article = await submission.ToArticleAsync(ingestor.Reader, c.CancellationToken);
                var outcome = await ingestor.IngestAsync(article, $"api: {article.Url ?? article.Title}", c.CancellationToken);
                return outcome.Succeeded ? outcome : throw new ExecutionError($"The article was not stored: {outcome.Error}") { Code = "INVALID_ARTICLE" };
            });
    }
}
