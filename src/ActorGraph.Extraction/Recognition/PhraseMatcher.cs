using System.Collections.Frozen;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Recognition;

/// <summary>
/// Finds known multi-word phrases in a token list, longest match first. Each phrase is matched either exactly
/// ("US" must not match "us") or ignoring case ("prime minister").
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<Entry>> _byFirstToken = new(StringComparer.OrdinalIgnoreCase);

    // The phrases frozen for lookup on first use after the last Add: every token of every sentence is looked up.
    private FrozenDictionary<string, Entry[]>? _lookup;

    public void Add(string phrase, bool caseSensitive, T value)
    {
        var words = Tokenizer.Tokenize(phrase).Select(t => t.Text).ToArray();
        if (words.Length == 0)
        {
            return;
        }

        if (!_byFirstToken.TryGetValue(words[0], out var list))
        {
            list = [];
            _byFirstToken[words[0]] = list;
        }

        _lookup = null;

        // Kept longest first, so matching needs no sorting.
        var at = list.FindIndex(e => e.Words.Length < words.Length);
        list.Insert(at < 0 ? list.Count : at, new Entry(words, caseSensitive, value));
    }

    /// <summary>
    /// The longest phrase that starts at <paramref name="index"/>: its length in tokens (0 when none) and its value;
    /// among phrases as long, the first in <paramref name="preference"/>'s order. Called for every token of every
    /// sentence, so it allocates nothing.
    /// </summary>
    public int LongestAt(IReadOnlyList<Token> tokens, int index, Comparison<T> preference, out T? value)
    {
        value = default;
        var lookup = _lookup ??= _byFirstToken.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        if (!lookup.TryGetValue(tokens[index].Text, out var candidates))
        {
            return 0;
        }

        var bestLength = 0;
        foreach (var entry in candidates)
        {
            if (entry.Words.Length < bestLength)
            {
                break; // longest first: nothing shorter can win
            }

            if (index + entry.Words.Length > tokens.Count || !MatchesAt(entry, tokens, index)
                || (bestLength > 0 && preference(entry.Value, value!) >= 0))
            {
                continue;
            }

            value = entry.Value;
            bestLength = entry.Words.Length;
        }

        return bestLength;
    }

    private static bool MatchesAt(Entry entry, IReadOnlyList<Token> tokens, int index)
    {
        var comparison = entry.CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        for (var k = 0; k < entry.Words.Length; k++)
        {
            if (!string.Equals(tokens[index + k].Text, entry.Words[k], comparison))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Entry(string[] Words, bool CaseSensitive, T Value);
}
