using GraphQL.Validation;
using GraphQLParser.AST;

namespace ActorGraph.Api.Http;

/// <summary>GET requests may only run queries (GraphQL over HTTP): a GET must never change anything.</summary>
internal sealed class QueriesOnlyOverGetRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, ctx) =>
        {
            if (operation.Operation != OperationType.Query)
            {
                ctx.ReportError(new ValidationError(ctx.Document.Source, "GET", "Only queries can be sent with GET; use POST.", operation));
            }
        }));
}
