using System.Net;

namespace ActorGraph.Storage.Neo4j.Http;

/// <summary>Turns what the server said into an error a person can act on.</summary>
internal static class Neo4jErrors
{
    public static Neo4jException From(Uri address, HttpStatusCode status, (string Code, string Message)? error, string body, IReadOnlyList<CypherStatement> statements)
    {
        var code = error?.Code;
        var message = error?.Message ?? "";
        if (status is HttpStatusCode.Unauthorized || code is "Neo.ClientError.Security.Unauthorized")
        {
            return new Neo4jException(Neo4jErrorKind.Authentication,
                $"Neo4j at {address} refused the credentials: wrong user name or password ({message.Trim()}). Put them in the store URL (http://user:password@host:7474) or set ACTORGRAPH__NEO4J__USER and ACTORGRAPH__NEO4J__PASSWORD.", code);
        }

        if (status is HttpStatusCode.Forbidden || code?.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) == true)
        {
            return new Neo4jException(Neo4jErrorKind.Authentication, $"Neo4j at {address} does not allow this user to do that: {message.Trim()} ({code ?? ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture)}).", code);
        }

        if (code is "Neo.ClientError.Database.DatabaseNotFound")
        {
            return new Neo4jException(Neo4jErrorKind.DatabaseNotFound,
                $"Neo4j at {address} has no such database: {message.Trim()} Create it (CREATE DATABASE name) or set ACTORGRAPH__NEO4J__DATABASE to one that exists.", code);
        }

        if (code?.StartsWith("Neo.TransientError.", StringComparison.Ordinal) == true)
        {
            return new Neo4jException(Neo4jErrorKind.Transient, $"Neo4j at {address} reported a transient error: {message.Trim()} ({code}).", code);
        }

        if (code is not null)
        {
            var which = StatementNamed(statements);
            return new Neo4jException(Neo4jErrorKind.Statement, $"Neo4j at {address} rejected {which}: {message.Trim()} ({code}).", code);
        }

        if ((int)status >= 500)
        {
            return new Neo4jException(Neo4jErrorKind.Unavailable, $"Neo4j at {address} answered HTTP {(int)status} {status}. The server may be starting, stopping or overloaded.", null);
        }

        if (status is HttpStatusCode.NotFound)
        {
            return new Neo4jException(Neo4jErrorKind.DatabaseNotFound,
                $"Neo4j at {address} answered 404 Not Found for the database endpoint: the database may not exist (ACTORGRAPH__NEO4J__DATABASE), or the address is not a Neo4j HTTP port.", null);
        }

        var excerpt = body.Length > 200 ? body[..200] + "…" : body;
        return new Neo4jException(Neo4jErrorKind.Protocol, $"Neo4j at {address} answered HTTP {(int)status} with a body this client cannot read: {excerpt}", null);
    }

    /// <summary>Names the cypher/ file when only one statement was sent, which is what a reader of the error needs to find.</summary>
    private static string StatementNamed(IReadOnlyList<CypherStatement> statements) => statements.Count switch
    {
        0 => "the request",
        1 => $"statement {statements[0].Name}",
        _ => $"one of the statements {string.Join(", ", statements.Select(s => s.Name).Distinct())}",
    };
}
