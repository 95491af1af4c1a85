namespace ActorGraph.Storage.Neo4j.Http;

public enum Neo4jErrorKind
{
    /// <summary>No answer: connection refused, name not resolved, timed out, or the server is not Neo4j.</summary>
    Unavailable,

    /// <summary>Wrong user name or password, or no credentials where the server requires them.</summary>
    Authentication,

    /// <summary>The configured database does not exist on the server.</summary>
    DatabaseNotFound,

    /// <summary>Neo.TransientError.*: a deadlock, a leader switch, memory pressure. Retrying may succeed.</summary>
    Transient,

    /// <summary>The server refused a statement (syntax, constraint, type).</summary>
    Statement,

    /// <summary>The server answered in a way this client does not understand.</summary>
    Protocol,
}
