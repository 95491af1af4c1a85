using GraphQL.DataLoader;

namespace ActorGraph.Api.GraphQL.Loaders;

/// <summary>
/// Collects the keys that resolvers of one execution level ask for and fetches them in one call, in the shape
/// of GraphQL.NET's DataLoaderBase (whose package is not in the mirror). One instance per request.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    : IDisposable
    where TKey : notnull
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, TValue> _loaded = [];

    /// <summary>How many times the store was asked; tests use it to prove there is no N+1.</summary>
    public int Fetches { get; private set; }

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_pending)
        {
            _pending.Add(key);
        }

        return new Result(this, key);
    }

    public void Dispose() => _gate.Dispose();

    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_loaded.TryGetValue(key, out var value))
            {
                return value;
            }

            List<TKey> keys;
            lock (_pending)
            {
                _pending.Add(key);
                keys = _pending.Where(k => !_loaded.ContainsKey(k)).ToList();
                _pending.Clear();
            }

            Fetches++;
            foreach (var (k, v) in await fetch(keys, cancellationToken))
            {
                _loaded[k] = v;
            }

            return _loaded.GetValueOrDefault(key);
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
