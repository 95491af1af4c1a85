using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActorGraph.Storage.Neo4j.Http;

/// <summary>
/// The Query API of Neo4j 5.19+ and Aura: one statement per request to <c>db/{database}/query/v2</c>; several
/// statements go through an explicit transaction at <c>…/query/v2/tx/{id}</c>, which a cluster pins to one member
/// with the <c>neo4j-cluster-affinity</c> header.
/// </summary>
internal sealed class QueryApiProtocol(HttpClient http, Uri address, AuthenticationHeaderValue? authorization, string queryPath)
    : Neo4jProtocol(http, address, authorization)
{
    public override async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statements);
        if (statements.Count == 1)
        {
            var (body, _) = await SendAsync(HttpMethod.Post, queryPath, StatementJson(statements[0]), null, statements, cancellationToken);
            using (body)
            {
                return [Result(body.RootElement)];
            }
        }

        await using var transaction = await BeginAsync(cancellationToken);
        var results = new List<CypherResult>(await transaction.RunAsync(statements, cancellationToken));
        await transaction.CommitAsync([], cancellationToken);
        return results;
    }

    public override async Task<Neo4jTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        var (body, headers) = await SendAsync(HttpMethod.Post, queryPath + "/tx", new JsonObject(), null, [], cancellationToken);
        using (body)
        {
            var id = body.RootElement.TryGetProperty("transaction", out var tx) && tx.TryGetProperty("id", out var idElement)
                ? idElement.GetString()
                : null;
            if (string.IsNullOrEmpty(id))
            {
                throw new Neo4jException(Neo4jErrorKind.Protocol, $"Neo4j at {Address} opened a Query API transaction without an id.");
            }

            var affinity = headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return new Transaction(this, $"{queryPath}/tx/{Uri.EscapeDataString(id)}", affinity);
        }
    }

    internal static CypherResult Result(JsonElement root)
    {
        if (!root.TryGetProperty("data", out var data))
        {
            return new CypherResult([], []);
        }

        var columns = data.GetProperty("fields").EnumerateArray().Select(c => c.GetString() ?? "").ToList();
        var rows = data.GetProperty("values").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.Clone()).ToArray()).ToList();
        return new CypherResult(columns, rows);
    }

    private sealed class Transaction(QueryApiProtocol protocol, string path, string? affinity) : Neo4jTransaction
    {
        public override async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
        {
            var results = new List<CypherResult>(statements.Count);
            try
            {
                foreach (var statement in statements)
                {
                    var (body, _) = await protocol.SendAsync(HttpMethod.Post, path, StatementJson(statement), affinity, [statement], cancellationToken);
                    using (body)
                    {
                        results.Add(Result(body.RootElement));
                    }
                }
            }
            catch (Neo4jException e) when (e.Kind is Neo4jErrorKind.Statement or Neo4jErrorKind.Transient)
            {
                Finished = true; // a failed statement ends the transaction on the server
                throw;
            }

            return results;
        }

        public override async Task<IReadOnlyList<CypherResult>> CommitAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
        {
            var results = await RunAsync(statements, cancellationToken);
            Finished = true;
            var (body, _) = await protocol.SendAsync(HttpMethod.Post, path + "/commit", new JsonObject(), affinity, [], cancellationToken);
            body.Dispose();
            return results;
        }

        public override async Task RollbackAsync(CancellationToken cancellationToken)
        {
            Finished = true;
            var (body, _) = await protocol.SendAsync(HttpMethod.Delete, path, null, affinity, [], cancellationToken);
            body.Dispose();
        }
    }
}
