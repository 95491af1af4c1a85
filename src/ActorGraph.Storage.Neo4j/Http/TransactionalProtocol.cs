using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActorGraph.Storage.Neo4j.Http;

/// <summary>
/// The transactional HTTP API: <c>POST {tx}/commit</c> with several statements runs them atomically; <c>POST {tx}</c>
/// opens a transaction whose address comes back in Location. <paramref name="transactionPath"/> is
/// <c>db/data/transaction</c> on 3.x and <c>db/{database}/tx</c> on 4.x and 5.x.
/// </summary>
internal sealed class TransactionalProtocol(HttpClient http, Uri address, AuthenticationHeaderValue? authorization, string transactionPath)
    : Neo4jProtocol(http, address, authorization)
{
    public override async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        var (body, _) = await SendAsync(HttpMethod.Post, transactionPath + "/commit", Body(statements), null, statements, cancellationToken);
        using (body)
        {
            return Results(body.RootElement);
        }
    }

    public override async Task<Neo4jTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        var (body, headers) = await SendAsync(HttpMethod.Post, transactionPath, Body([]), null, [], cancellationToken);
        using (body)
        {
            var location = headers.Location?.ToString()
                ?? (body.RootElement.TryGetProperty("commit", out var commit) ? commit.GetString()?.Replace("/commit", "", StringComparison.Ordinal) : null)
                ?? throw new Neo4jException(Neo4jErrorKind.Protocol, $"Neo4j at {Address} opened a transaction but did not say where it is.");
            return new Transaction(this, PathOf(location));
        }
    }

    private static JsonObject Body(IReadOnlyList<CypherStatement> statements) =>
        new() { ["statements"] = new JsonArray(statements.Select(s => (JsonNode)StatementJson(s)).ToArray()) };

    private static List<CypherResult> Results(JsonElement root)
    {
        var results = new List<CypherResult>();
        if (!root.TryGetProperty("results", out var array))
        {
            return results;
        }

        foreach (var result in array.EnumerateArray())
        {
            var columns = result.GetProperty("columns").EnumerateArray().Select(c => c.GetString() ?? "").ToList();
            var rows = result.GetProperty("data").EnumerateArray()
                .Select(d => d.GetProperty("row").EnumerateArray().Select(v => v.Clone()).ToArray())
                .ToList();
            results.Add(new CypherResult(columns, rows));
        }

        return results;
    }

    private sealed class Transaction(TransactionalProtocol protocol, string path) : Neo4jTransaction
    {
        public override async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
        {
            try
            {
                var (body, _) = await protocol.SendAsync(HttpMethod.Post, path, Body(statements), null, statements, cancellationToken);
                using (body)
                {
                    return Results(body.RootElement);
                }
            }
            catch (Neo4jException e) when (e.Kind is Neo4jErrorKind.Statement or Neo4jErrorKind.Transient)
            {
                Finished = true; // the server rolls a transaction back when one of its statements fails
                throw;
            }
        }

        public override async Task<IReadOnlyList<CypherResult>> CommitAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
        {
            Finished = true;
            var (body, _) = await protocol.SendAsync(HttpMethod.Post, path + "/commit", Body(statements), null, statements, cancellationToken);
            using (body)
            {
                return Results(body.RootElement);
            }
        }

        public override async Task RollbackAsync(CancellationToken cancellationToken)
        {
            Finished = true;
            var (body, _) = await protocol.SendAsync(HttpMethod.Delete, path, null, null, [], cancellationToken);
            body.Dispose();
        }
    }
}
