using System.Reflection;
using ActorGraph.Core.Storage;

namespace ActorGraph.Api.Tests;

/// <summary>
/// The real queries, except that <c>ResolvePersonAsync</c> (the first call of whoMet) waits until its cancellation token fires, as a store stuck on a
/// slow statement would, and records that it did: the request's time limit must reach the store.
/// </summary>
public class StallingQueries : DispatchProxy
{
    private IGraphQueries _inner = null!;

    /// <summary>Set once a call has stalled.</summary>
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set once a stalled call saw its token cancelled.</summary>
    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static IGraphQueries Over(IGraphQueries inner, out StallingQueries stalling)
    {
        var proxy = Create<IGraphQueries, StallingQueries>();
        stalling = (StallingQueries)(object)proxy;
        stalling._inner = inner;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        // whoMet resolves its person first: that call stalls.
        return targetMethod.Name == nameof(IGraphQueries.ResolvePersonAsync) ? StallAsync((CancellationToken)args![^1]!) : targetMethod.Invoke(_inner, args);
    }

    private async Task<PersonSummary> StallAsync(CancellationToken cancellationToken)
    {
        Entered.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Cancelled.TrySetResult();
            throw;
        }

        throw new InvalidOperationException("an infinite delay ended");
    }
}
