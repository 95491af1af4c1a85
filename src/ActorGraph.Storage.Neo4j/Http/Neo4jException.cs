namespace ActorGraph.Storage.Neo4j.Http;

/// <summary>A failure talking to Neo4j, with a message meant for the person running ActorGraph.</summary>
public sealed class Neo4jException : Exception
{
    public Neo4jException()
    {
    }

    public Neo4jException(string message)
        : base(message)
    {
    }

    public Neo4jException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Neo4jException(Neo4jErrorKind kind, string message, string? code = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Code = code;
    }

    public Neo4jErrorKind Kind { get; } = Neo4jErrorKind.Protocol;

    /// <summary>Neo4j's status code, e.g. Neo.ClientError.Security.Unauthorized, when the server sent one.</summary>
    public string? Code { get; }

    /// <summary>True when trying the same work again later may succeed.</summary>
    public bool IsRetryable => Kind is Neo4jErrorKind.Unavailable or Neo4jErrorKind.Transient;
}
