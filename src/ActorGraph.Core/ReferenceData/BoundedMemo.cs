using System.Collections.Concurrent;

namespace ActorGraph.Core.ReferenceData;

/// <summary>
/// Answers to questions a stream of articles asks over and over ("the Chinese foreign minister on this day", the office
/// kind of a title), remembered up to <paramref name="capacity"/> and then forgotten all at once, so memory stays
/// bounded while the usual few hundred questions are answered once. Thread-safe.
/// </summary>
public sealed class BoundedMemo<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _answers = new();

    /// <summary>The remembered answer, else <paramref name="answer"/>'s (given <paramref name="state"/>, so it can be a static lambda).</summary>
    public TValue GetOrAdd<TState>(TKey key, Func<TKey, TState, TValue> answer, TState state)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (_answers.TryGetValue(key, out var known))
        {
            return known;
        }

        if (_answers.Count >= capacity)
        {
            _answers.Clear();
        }

        return _answers[key] = answer(key, state);
    }
}
