using System.Text.Json;
using System.Threading.RateLimiting;
using ActorGraph.Api.GraphQL;
using ActorGraph.Api.GraphQL.Loaders;
using ActorGraph.Core.Storage;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace ActorGraph.Api.Http;

/// <summary>
/// GraphQL over HTTP (GET and POST), kept small in the shape of graphql-dotnet's server polyfill because the
/// GraphQL.Server packages are not in the mirror. Requests that cannot run (bad JSON, too large, invalid document)
/// get 400 with a GraphQL error body; execution errors come back with 200 next to partial data.
/// </summary>
public sealed class GraphQLHttpEndpoint(
    ActorGraphSchema schema,
    IDocumentExecuter executer,
    IGraphQLTextSerializer serializer,
    IGraphQueries queries,
    IOptions<ApiOptions> options) : IDisposable
{
    private const string GraphQLResponseJson = "application/graphql-response+json";
    private readonly ApiOptions _options = options.Value;

    /// <summary>Requests running at once: past this bound they queue, and past the queue they are turned away.</summary>
    private readonly ConcurrencyLimiter _running = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.MaxConcurrentRequests,
        QueueLimit = options.Value.MaxQueuedRequests,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public void Dispose() => _running.Dispose();

    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var lease = await _running.AcquireAsync(1, http.RequestAborted);
        if (!lease.IsAcquired)
        {
            http.Response.Headers.RetryAfter = "1";
            await WriteErrorAsync(http, StatusCodes.Status503ServiceUnavailable, "The server is busy: try again in a moment.");
            return;
        }

        await HandleAcquiredAsync(http);
    }

    private async Task HandleAcquiredAsync(HttpContext http)
    {
        var authorized = ApiKeys.IsValid(http.Request, _options.ApiKey);
        if (_options.RequireApiKeyForQueries && !authorized)
        {
            await WriteErrorAsync(http, StatusCodes.Status401Unauthorized, $"This server needs an API key for every request: send it in the {ApiKeys.HeaderName} header.");
            return;
        }

        // Only a client with the key may send a large body (an article); anyone else gets the query-sized limit.
        var (request, problem) = await ReadRequestAsync(http, authorized ? Math.Max(_options.MaxSubmissionBytes, _options.MaxRequestBytes) : _options.MaxRequestBytes);
        if (problem is not null || request is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, problem ?? "The request has no GraphQL query.");
            return;
        }

        var (document, tooLarge) = DocumentLimits.Check(request.Query!, _options.MaxDepth);
        if (tooLarge is not null)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, tooLarge);
            return;
        }

        using var loaders = new RequestLoaders(queries);
        var complexity = new ComplexityOptions
        {
            MaxDepth = _options.MaxDepth,
            MaxComplexity = authorized ? _options.MaxComplexityWithKey : _options.MaxComplexity,
        };
        var result = await executer.ExecuteAsync(o =>
        {
            o.Schema = schema;
            o.Query = request.Query;
            o.Document = document;
            o.Timeout = TimeSpan.FromSeconds(authorized ? _options.TimeoutSecondsWithKey : _options.TimeoutSeconds);
            o.TimeoutAction = TimeoutAction.ReturnTimeoutError;
            o.OperationName = request.OperationName;
            o.Variables = request.Variables;
            o.UserContext = loaders;
            o.RequestServices = http.RequestServices;
            o.CancellationToken = http.RequestAborted;
            o.ValidationRules = DocumentValidator.CoreRules.Append(new ComplexityValidationRule(complexity));
            o.ThrowOnUnhandledException = false;
            o.UnhandledExceptionDelegate = context =>
            {
                // Errors the user can act on keep their message; anything else stays a generic error.
                if (context.OriginalException is PersonResolutionException or ArgumentException)
                {
                    context.ErrorMessage = context.OriginalException.Message;
                }

                return Task.CompletedTask;
            };
            if (HttpMethods.IsGet(http.Request.Method))
            {
                o.ValidationRules = o.ValidationRules.Append(new QueriesOnlyOverGetRule());
            }

            if (!authorized)
            {
                o.ValidationRules = o.ValidationRules.Append(new MutationsNeedApiKeyRule(!string.IsNullOrEmpty(_options.ApiKey)));
            }
        });

        if (result.Errors?.OfType<ValidationError>().FirstOrDefault(e => e.Number == MutationsNeedApiKeyRule.Code) is { } keyMissing)
        {
            http.Response.Headers.WWWAuthenticate = "ApiKey header=\"" + ApiKeys.HeaderName + "\"";
            await WriteErrorAsync(http, StatusCodes.Status401Unauthorized, keyMissing.Message);
            return;
        }

        var status = result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        var wantsGraphQLJson = http.Request.Headers.Accept.ToString().Contains(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase);
        http.Response.StatusCode = wantsGraphQLJson || status == StatusCodes.Status200OK ? status : StatusCodes.Status200OK;
        if (!result.Executed && !wantsGraphQLJson)
        {
            // Clients that only accept application/json expect 200 with errors (GraphQL over HTTP, legacy watermark).
            http.Response.StatusCode = StatusCodes.Status200OK;
        }

        http.Response.ContentType = (wantsGraphQLJson ? GraphQLResponseJson : "application/json") + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private async Task<(GraphQLRequest? Request, string? Problem)> ReadRequestAsync(HttpContext http, int maxBytes)
    {
        if (HttpMethods.IsGet(http.Request.Method))
        {
            var query = http.Request.Query;
            Inputs? variables = null;
            if (query.TryGetValue("variables", out var raw) && !string.IsNullOrEmpty(raw))
            {
                try
                {
                    variables = serializer.Deserialize<Inputs>(raw.ToString());
                }
                catch (JsonException ex)
                {
                    return (null, $"\"variables\" is not valid JSON: {ex.Message}");
                }
            }

            var text = query["query"].ToString();
            return text.Length > maxBytes
                ? (null, $"The query is longer than the {maxBytes}-byte limit.")
                : (new GraphQLRequest { Query = text, OperationName = query["operationName"], Variables = variables }, string.IsNullOrWhiteSpace(text) ? "The request has no \"query\" parameter." : null);
        }

        if (http.Request.ContentLength > maxBytes)
        {
            return (null, $"The request body is larger than the {maxBytes}-byte limit.");
        }

        var contentType = http.Request.ContentType ?? "";
        if (!contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) && !contentType.StartsWith("application/graphql", StringComparison.OrdinalIgnoreCase))
        {
            return (null, "POST requests must have Content-Type application/json.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, $"The request body is larger than the {maxBytes}-byte limit.");
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        try
        {
            var request = await serializer.ReadAsync<GraphQLRequest>(buffer, http.RequestAborted);
            return request is null || string.IsNullOrWhiteSpace(request.Query)
                ? (null, "The request body has no \"query\".")
                : (request, null);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            return (null, $"The request body is not valid GraphQL JSON: {ex.Message}");
        }
    }

    private async Task WriteErrorAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(message)] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
