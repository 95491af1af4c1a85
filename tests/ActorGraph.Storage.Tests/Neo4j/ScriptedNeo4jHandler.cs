using System.Net;
using System.Text;
using System.Text.Json;

namespace ActorGraph.Storage.Tests.Neo4j;

/// <summary>
/// Answers HTTP requests the way Neo4j's manuals document them, for the interfaces no server here speaks (the Query
/// API of 5.19+, the 4.x transactional paths) and for failures a real server will not produce on demand.
/// Records every request so tests can check what the client sent.
/// </summary>
public sealed class ScriptedNeo4jHandler(Func<HttpRequestMessage, string, (HttpStatusCode Status, string Body, IReadOnlyDictionary<string, string>? Headers)> respond) : HttpMessageHandler
{
    public List<(HttpMethod Method, string Path, JsonElement? Body, string? Affinity)> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var affinity = request.Headers.TryGetValues("neo4j-cluster-affinity", out var values) ? values.First() : null;
        Requests.Add((request.Method, request.RequestUri!.AbsolutePath, body.Length == 0 ? null : JsonDocument.Parse(body).RootElement.Clone(), affinity));
        var (status, text, headers) = respond(request, body);
        var response = new HttpResponseMessage(status) { Content = new StringContent(text, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }
}
