using GraphQL.Validation;
using GraphQLParser.AST;

namespace ActorGraph.Api.Http;

/// <summary>Mutations run only for a request that carried a valid API key; reads stay open unless configured otherwise.</summary>
internal sealed class MutationsNeedApiKeyRule(bool keyConfigured) : ValidationRuleBase
{
    public const string Code = "API_KEY_REQUIRED";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, ctx) =>
        {
            if (operation.Operation == OperationType.Mutation)
            {
                ctx.ReportError(new ValidationError(ctx.Document.Source, Code, keyConfigured
                    ? $"Mutations need the API key: send it in the {ApiKeys.HeaderName} header."
                    : $"Mutations are turned off: set Api:ApiKey (ACTORGRAPH__API__APIKEY) on the server and send it in the {ApiKeys.HeaderName} header.", operation));
            }
        }));
}
