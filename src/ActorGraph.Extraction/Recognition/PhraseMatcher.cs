using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Recognition;

/// <summary>
/// Finds known multi-word phrases in a token list, longest match first. Each phrase is matched either exactly
/// ("US" must not match "us") or ignoring case ("prime minister").
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<Entry>> _byFirstToken = new(StringComparer.OrdinalIgnoreCase);

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

        // Kept longest first, so matching needs no sorting.
        var at = list.FindIndex(e => e.Words.Length < words.Length);
        list.Insert(at < 0 ? list.Count : at, new Entry(words, caseSensitive, value));
    }

    /// <summary>All phrases that start at <paramref name="index"/>, longest first.</summary>
    public IEnumerable<(int Length, T Value)> MatchAt(IReadOnlyList<Token> tokens, int index)
    {
        if (!_byFirstToken.TryGetValue(tokens[index].Text, out var candidates))
        {
            yield break;
        }

        foreach (var entry in candidates)
        {
            if (index + entry.Words.Length > tokens.Count)
            {
                continue;
            }

            var comparison = entry.CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            var all = true;
            for (var k = 0; k < entry.Words.Length && all; k++)
            {
                all = string.Equals(tokens[index + k].Text, entry.Words[k], comparison);
            }

            if (all)
            {
                yield return (entry.Words.Length, entry.Value);
            }
        }
    }

    private sealed record Entry(string[] Words, bool CaseSensitive, T Value);
}
