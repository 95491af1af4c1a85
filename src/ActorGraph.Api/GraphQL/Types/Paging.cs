using System.Globalization;
using System.Text;
using ActorGraph.Core.Storage;
using GraphQL;
using GraphQL.Types.Relay.DataObjects;

namespace ActorGraph.Api.GraphQL.Types;

/// <summary>
/// Relay-style cursor pages. A ranked list (counterparts, contacts) pages by position: the cursor is the item's index.
/// Meetings page by key: the cursor is the last meeting's date and id, so the store starts the next page there
/// without counting its way to it. Cursors are base64 and opaque to clients.
/// </summary>
internal static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    private const string PositionPrefix = "i:";
    private const string MeetingPrefix = "m:";

    /// <summary>How many items a page holds: <paramref name="first"/>, checked, or the default.</summary>
    public static int Size(int? first) =>
        first is < 0 or > MaxPageSize ? throw new ExecutionError($"\"first\" must be between 0 and {MaxPageSize}.") : first ?? DefaultPageSize;

    /// <summary>The position a page after <paramref name="after"/> starts at (0 without a cursor).</summary>
    public static int Offset(string? after) => after is null ? 0 : DecodePosition(after) + 1;

    public static Connection<T> Page<T>(IReadOnlyList<T> items, int? first, string? after)
    {
        var start = Offset(after);
        var edges = items.Skip(start).Take(Size(first)).ToList();
        return PageAt(edges, start, items.Count);
    }

    /// <summary>A page the store already cut: <paramref name="items"/> start at <paramref name="offset"/> of <paramref name="total"/>.</summary>
    public static Connection<T> PageAt<T>(IReadOnlyList<T> items, int offset, int total)
    {
        var edges = items.Select((item, i) => new Edge<T> { Node = item, Cursor = Encode(PositionPrefix + (offset + i).ToString(CultureInfo.InvariantCulture)) }).ToList();
        return new Connection<T>
        {
            Edges = edges,
            TotalCount = total,
            PageInfo = new PageInfo
            {
                HasNextPage = offset + edges.Count < total,
                HasPreviousPage = offset > 0,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    /// <summary>A page of meetings the store cut by key.</summary>
    public static Connection<MeetingRecord> Meetings(MeetingPage page, bool afterCursor)
    {
        ArgumentNullException.ThrowIfNull(page);
        var edges = page.Meetings.Select(m => new Edge<MeetingRecord> { Node = m, Cursor = Encode(MeetingPrefix + MeetingCursor.Of(m).Order + "|" + m.Id) }).ToList();
        return new Connection<MeetingRecord>
        {
            Edges = edges,
            TotalCount = page.Total,
            PageInfo = new PageInfo
            {
                HasNextPage = page.HasMore,
                HasPreviousPage = afterCursor,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    /// <summary>The meeting a page after <paramref name="after"/> starts behind (null without a cursor).</summary>
    public static MeetingCursor? MeetingCursorOf(string? after)
    {
        if (after is null)
        {
            return null;
        }

        var text = Decode(after);
        var bar = text?.IndexOf('|', StringComparison.Ordinal) ?? -1;
        return text is not null && text.StartsWith(MeetingPrefix, StringComparison.Ordinal) && bar > MeetingPrefix.Length && bar < text.Length - 1
            ? new MeetingCursor(text[MeetingPrefix.Length..bar], text[(bar + 1)..])
            : throw NotACursor(after);
    }

    private static string Encode(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static int DecodePosition(string cursor) =>
        Decode(cursor) is { } text && text.StartsWith(PositionPrefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(PositionPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : throw NotACursor(cursor);

    private static string? Decode(string cursor)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static ExecutionError NotACursor(string cursor) => new($"{Core.InputEcho.Quote(cursor)} is not a cursor this API issued.");
}
