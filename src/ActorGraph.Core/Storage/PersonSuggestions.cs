using ActorGraph.Core.Identity;

namespace ActorGraph.Core.Storage;

/// <summary>
/// "Did you mean": the stored people whose folded name (or, for a one-word name, surname) is within a few edits of a
/// name that matched nobody ("Blinkin" → Antony Blinken, "Zhou Enlai" → Chou En-lai). Both stores hand it the people
/// the sources name; it ranks them the same way.
/// </summary>
public static class PersonSuggestions
{
    public const int MaxSuggestions = 3;

    public static IReadOnlyList<PersonSummary> Rank(string key, IEnumerable<(PersonSummary Person, string NameKey)> people)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(people);
        var allowed = Math.Max(1, key.Length / 4);
        var oneWord = !key.Contains(' ', StringComparison.Ordinal);
        var ranked = new List<(PersonSummary Person, int Distance)>();
        foreach (var (person, nameKey) in people)
        {
            var distance = Distance(key, nameKey, allowed);
            if (oneWord)
            {
                distance = Math.Min(distance, Distance(key, NameFolding.Surname(nameKey), allowed));
            }

            if (distance <= allowed)
            {
                ranked.Add((person, distance));
            }
        }

        return ranked.OrderBy(r => r.Distance).ThenBy(r => r.Person.Name, StringComparer.Ordinal).Select(r => r.Person)
            .DistinctBy(p => p.Id).Take(MaxSuggestions).ToList();
    }

    /// <summary>Levenshtein distance, or more than <paramref name="limit"/> as soon as it must exceed it.</summary>
    private static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
