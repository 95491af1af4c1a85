using System.Text.Json;

namespace ActorGraph.Storage.Neo4j.Http;

/// <summary>The rows one statement returned, as JSON values in column order.</summary>
public sealed class CypherResult(IReadOnlyList<string> columns, IReadOnlyList<JsonElement[]> rows)
{
    public IReadOnlyList<string> Columns { get; } = columns;

    public IReadOnlyList<JsonElement[]> Rows { get; } = rows;

    /// <summary>The values of one column, by name.</summary>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == column)
            {
                return i;
            }
        }

        throw new Neo4jException(Neo4jErrorKind.Protocol, $"The result has no column \"{column}\" (columns: {string.Join(", ", Columns)}).");
    }
}
