namespace ActorGraph.Storage.Neo4j.Http;

/// <summary>An explicit transaction open on the server. Disposing it without committing rolls it back.</summary>
public abstract class Neo4jTransaction : IAsyncDisposable
{
    protected bool Finished { get; set; }

    /// <summary>Runs statements inside the transaction. If the server rejects one, it rolls the whole transaction back.</summary>
    public abstract Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken);

    /// <summary>Runs the last statements and commits, atomically.</summary>
    public abstract Task<IReadOnlyList<CypherResult>> CommitAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken);

    public abstract Task RollbackAsync(CancellationToken cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (!Finished)
        {
            try
            {
                await RollbackAsync(CancellationToken.None);
            }
            catch (Neo4jException)
            {
                // The server drops an abandoned transaction on its own after its idle timeout.
            }
        }

        GC.SuppressFinalize(this);
    }
}
