using System.Globalization;
using System.Text;
using GraphQL;
using GraphQL.Types.Relay.DataObjects;

namespace ActorGraph.Api.GraphQL;

/// <summary>Relay-style cursor pages over an ordered list; a cursor is the item's position, base64-encoded.</summary>
internal static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public static Connection<T> Page<T>(IReadOnlyList<T> items, int? first, string? after)
    {
        if (first is < 0 or > MaxPageSize)
        {
            throw new ExecutionError($"\"first\" must be between 0 and {MaxPageSize}.");
        }

        var start = after is null ? 0 : Decode(after) + 1;
        var take = first ?? DefaultPageSize;
        var edges = items.Skip(start).Take(take).Select((item, i) => new Edge<T> { Node = item, Cursor = Encode(start + i) }).ToList();
        return new Connection<T>
        {
            Edges = edges,
            TotalCount = items.Count,
            PageInfo = new PageInfo
            {
                HasNextPage = start + edges.Count < items.Count,
                HasPreviousPage = start > 0,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    private static string Encode(int index) => Convert.ToBase64String(Encoding.UTF8.GetBytes("i:" + index.ToString(CultureInfo.InvariantCulture)));

    private static int Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("i:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return index;
            }
        }
        catch (FormatException)
        {
        }

        throw new ExecutionError($"{Core.InputEcho.Quote(cursor)} is not a cursor this API issued.");
    }
}
