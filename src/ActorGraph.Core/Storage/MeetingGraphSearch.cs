namespace ActorGraph.Core.Storage;

/// <summary>
/// Breadth-first search over "met at a meeting" links, level by level, asking the store for one batch of
/// neighbours per level. Shared by the stores so both answer connection and network questions alike.
/// </summary>
public static class MeetingGraphSearch
{
    public const int MaxHops = 6;
    public const int MaxDepth = 3;
    public const int MaxNodes = 2_000;

    public static async Task<(IReadOnlyList<string> Persons, IReadOnlyList<string> Meetings)?> ShortestPathAsync(
        string from,
        string to,
        int maxHops,
        Func<IReadOnlyCollection<string>, Task<IReadOnlyList<(string From, string To, string Meeting)>>> neighbours)
    {
        ArgumentNullException.ThrowIfNull(neighbours);
        if (from == to)
        {
            return ([from], []);
        }

        var parent = new Dictionary<string, (string Person, string Meeting)>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var frontier = new List<string> { from };
        for (var hop = 0; hop < Math.Clamp(maxHops, 1, MaxHops) && frontier.Count > 0; hop++)
        {
            var next = new List<string>();
            foreach (var (a, b, meeting) in await neighbours(frontier))
            {
                if (!seen.Add(b))
                {
                    continue;
                }

                parent[b] = (a, meeting);
                next.Add(b);
                if (b == to)
                {
                    return Unwind(parent, from, to);
                }
            }

            frontier = next;
        }

        return null;
    }

    public static async Task<(Dictionary<string, int> Distances, List<NetworkEdge> Edges)> NeighbourhoodAsync(
        string center,
        int depth,
        Func<IReadOnlyCollection<string>, Task<IReadOnlyList<(string From, string To, string Meeting)>>> neighbours)
    {
        ArgumentNullException.ThrowIfNull(neighbours);
        var distances = new Dictionary<string, int>(StringComparer.Ordinal) { [center] = 0 };
        var edgeMeetings = new Dictionary<(string, string), HashSet<string>>();
        var frontier = new List<string> { center };
        for (var level = 1; level <= Math.Clamp(depth, 1, MaxDepth) && frontier.Count > 0 && distances.Count < MaxNodes; level++)
        {
            var next = new List<string>();
            foreach (var (a, b, meeting) in await neighbours(frontier))
            {
                if (!distances.ContainsKey(b))
                {
                    if (distances.Count >= MaxNodes)
                    {
                        continue;
                    }

                    distances[b] = level;
                    next.Add(b);
                }

                var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
                if (!edgeMeetings.TryGetValue(key, out var set))
                {
                    edgeMeetings[key] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(meeting);
            }

            frontier = next;
        }

        var edges = edgeMeetings.Select(e => new NetworkEdge(e.Key.Item1, e.Key.Item2, e.Value.Count))
            .OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ToList();
        return (distances, edges);
    }

    private static (IReadOnlyList<string>, IReadOnlyList<string>) Unwind(Dictionary<string, (string Person, string Meeting)> parent, string from, string to)
    {
        var persons = new List<string> { to };
        var meetings = new List<string>();
        for (var at = to; at != from;)
        {
            var (previous, meeting) = parent[at];
            meetings.Add(meeting);
            persons.Add(previous);
            at = previous;
        }

        persons.Reverse();
        meetings.Reverse();
        return (persons, meetings);
    }
}
