using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActorGraph.Storage.Neo4j.Http;

/// <summary>One of Neo4j's HTTP interfaces: how to send statements and read results and errors.</summary>
internal abstract class Neo4jProtocol(HttpClient http, Uri address, AuthenticationHeaderValue? authorization)
{
    protected static readonly JsonSerializerOptions ParameterJson = new(JsonSerializerDefaults.Web);

    public Uri Address { get; } = address;

    /// <summary>Runs the statements in one transaction that commits only if all succeed.</summary>
    public abstract Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken);

    public abstract Task<Neo4jTransaction> BeginAsync(CancellationToken cancellationToken);

    /// <summary>Sends one request and returns its JSON body; Neo4j errors in the body or status become <see cref="Neo4jException"/>.</summary>
    public async Task<(JsonDocument Body, HttpResponseHeaders Headers)> SendAsync(HttpMethod method, string path, object? body, string? affinity, IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(Address, path));
        request.Headers.Authorization = authorization;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: ParameterJson);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jException(Neo4jErrorKind.Unavailable, $"Cannot reach Neo4j at {Address}: {e.Message.TrimEnd('.')}. Is the server running, and is this its HTTP address (port 7474 by default)?", null, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jException(Neo4jErrorKind.Unavailable, $"Neo4j at {Address} did not answer within {http.Timeout.TotalSeconds:0} s (Neo4j:RequestTimeout).", null, e);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            JsonDocument? document = null;
            try
            {
                document = text.Length == 0 ? JsonDocument.Parse("{}") : JsonDocument.Parse(text);
            }
            catch (JsonException)
            {
                // Not JSON: a proxy page, a different server, or an error page; the status decides below.
            }

            var error = document is null ? null : FirstError(document.RootElement);
            if (error is not null || !response.IsSuccessStatusCode || document is null)
            {
                document?.Dispose();
                throw Neo4jErrors.From(Address, response.StatusCode, error, text, statements);
            }

            return (document, response.Headers);
        }
    }

    public const string AffinityHeader = "neo4j-cluster-affinity";

    private static (string Code, string Message)? FirstError(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in errors.EnumerateArray())
            {
                return (e.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "", e.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "");
            }
        }

        return null;
    }

    protected static JsonObject StatementJson(CypherStatement statement) => new()
    {
        ["statement"] = statement.Text,
        ["parameters"] = JsonSerializer.SerializeToNode(statement.Parameters, ParameterJson),
    };

    /// <summary>The path of a URL the server returned, on the address we were configured with (servers may advertise another host).</summary>
    protected static string PathOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery.TrimStart('/') : url.TrimStart('/');
}
