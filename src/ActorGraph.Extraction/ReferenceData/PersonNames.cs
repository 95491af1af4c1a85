using System.Text.RegularExpressions;
using ActorGraph.Core.Identity;
using ActorGraph.Core.ReferenceData;

namespace ActorGraph.Extraction.ReferenceData;

/// <summary>
/// The name rules of the office-holders table: which of a person's labels is shown, and the other forms news writes
/// ("Abdullah II" for "Abdullah II of Jordan", "Faisal bin Farhan Al Saud" for "Prince Faisal bin Farhan Al Saud",
/// "Antony Blinken" for "Antony J. Blinken", "Lloyd Austin" for "Lloyd J. Austin III").
/// </summary>
internal static partial class PersonNames
{
    /// <summary>A label without a parenthetical, a royal "of Country" or a leading honorific.</summary>
    public static string Clean(string label, IEnumerable<CountryEntry> countries)
    {
        var cleaned = Parenthetical().Replace(label, " ").Trim();
        cleaned = Spaces().Replace(cleaned, " ");
        foreach (var country in countries)
        {
            foreach (var name in country.Names.Append(country.Name).Distinct().OrderByDescending(n => n.Length))
            {
                foreach (var suffix in new[] { " of the " + name, " of " + name })
                {
                    if (cleaned.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && cleaned[..^suffix.Length].Split(' ').Length <= 3)
                    {
                        cleaned = cleaned[..^suffix.Length];
                    }
                }
            }
        }

        var words = cleaned.Split(' ');
        return words.Length > 2 && NameLexicon.Prefixes.Contains(words[0]) ? string.Join(' ', words.Skip(1)) : cleaned;
    }

    /// <summary>The label shown: the most frequent cleaned label; then the one written with the fewest non-ASCII letters (as English news writes it); then the shortest.</summary>
    public static string Display(IEnumerable<string> cleanedLabels) =>
        cleanedLabels.GroupBy(l => l, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key.Count(c => c > 127))
            .ThenBy(g => g.Key.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;

    /// <summary>Shorter forms news uses: without middle initials and without a generational suffix.</summary>
    public static IEnumerable<string> NewsForms(string name)
    {
        var words = name.Replace(",", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var withoutSuffix = words.Count > 2 && NameLexicon.Suffixes.Contains(words[^1]) ? words[..^1] : words;
        if (withoutSuffix.Count < words.Count)
        {
            yield return string.Join(' ', withoutSuffix);
        }

        var withoutInitials = withoutSuffix.Where((w, i) => i == 0 || i == withoutSuffix.Count - 1 || !IsInitial(w)).ToList();
        if (withoutInitials.Count < withoutSuffix.Count && withoutInitials.Count >= 2)
        {
            yield return string.Join(' ', withoutInitials);
        }
    }

    /// <summary>How alike two names are, spaces and case aside (Dice coefficient of letter pairs): "Chou En-lai" and "Zhou Enlai" 0.88.</summary>
    public static double Similarity(string a, string b)
    {
        static List<string> Pairs(string s)
        {
            var folded = NameFolding.Fold(s).Replace(" ", "", StringComparison.Ordinal);
            return Enumerable.Range(0, Math.Max(0, folded.Length - 1)).Select(i => folded.Substring(i, 2)).ToList();
        }

        var left = Pairs(a);
        var right = Pairs(b);
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        var pool = right.GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        var shared = 0;
        foreach (var pair in left)
        {
            if (pool.TryGetValue(pair, out var n) && n > 0)
            {
                pool[pair] = n - 1;
                shared++;
            }
        }

        return 2.0 * shared / (left.Count + right.Count);
    }

    private static bool IsInitial(string word) => (word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.') || (word.Length == 1 && char.IsUpper(word[0]));

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
