using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

public sealed class ArticleSubmissionInputType : InputObjectGraphType<ArticleSubmission>
{
    public ArticleSubmissionInputType()
    {
        Name = "ArticleInput";
        Description = "An article to extract and store. Give text or html; size limits are those of files (Reading:MaxArticleBytes).";
        Field(a => a.Title).Description("The headline.");
        Field(a => a.Text, nullable: true).Description("Plain text of the article.");
        Field(a => a.Html, nullable: true).Description("The article as HTML (scripts, styles and navigation are dropped).");
        Field(a => a.Url, nullable: true).Description("Where it was published (absolute http or https).");
        Field(a => a.Source, nullable: true).Description("Publisher, e.g. \"Reuters\".");
        Field(a => a.PublishedAt, nullable: true).Description("ISO 8601 date or date and time; relative dates in the text (\"on Monday\") are resolved against it.");
    }
}
