namespace ActorGraph.Core.Storage;

/// <summary>What both stores check before a person merges two people.</summary>
public static class PersonMerge
{
    /// <param name="people">The stored people of the two ids, with their Wikidata items.</param>
    public static void Check(string keptId, string goneId, IEnumerable<(string Id, string? Wikidata)> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        if (string.Equals(keptId, goneId, StringComparison.Ordinal))
        {
            throw new GraphEditException("name two different people to merge.");
        }

        var found = people.ToDictionary(p => p.Id, p => p.Wikidata, StringComparer.Ordinal);
        foreach (var id in new[] { keptId, goneId })
        {
            if (!found.ContainsKey(id))
            {
                throw new GraphEditException($"no person has the id {InputEcho.Quote(id)}.");
            }
        }

        if (found[keptId] is { } kept && found[goneId] is { } gone && !string.Equals(kept, gone, StringComparison.Ordinal))
        {
            throw new GraphEditException($"{keptId} and {goneId} are different people in the office-holders table ({kept}, {gone}).");
        }
    }
}
