using System.Text.Json;

namespace ActorGraph.Storage.Neo4j.Http;

/// <summary>Reads the plain JSON values Neo4j returns for strings, numbers and lists.</summary>
public static class JsonValues
{
    public static string? NullableString(this JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };

    public static string RequiredString(this JsonElement value) =>
        value.NullableString() ?? throw new Neo4jException(Neo4jErrorKind.Protocol, "Expected a string from Neo4j but got null.");

    public static long Number(this JsonElement value) => value.ValueKind == JsonValueKind.Number
        ? value.GetInt64()
        : throw new Neo4jException(Neo4jErrorKind.Protocol, $"Expected a number from Neo4j but got {value.ValueKind}.");

    public static IReadOnlyList<string> StringList(this JsonElement value) => value.ValueKind == JsonValueKind.Array
        ? value.EnumerateArray().Select(v => v.NullableString()).OfType<string>().ToList()
        : [];
}
