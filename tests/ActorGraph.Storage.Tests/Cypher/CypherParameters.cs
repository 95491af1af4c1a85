using System.Text.RegularExpressions;

namespace ActorGraph.Storage.Tests.Cypher;

/// <summary>The parameters a statement names, with values that let it run (or be EXPLAINed) on the shared test graph.</summary>
internal static partial class CypherParameters
{
    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    public static partial Regex Pattern();

    public static Dictionary<string, object?> Empty(string statementName, string text) =>
        Pattern().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)
            .ToDictionary(p => p, p => p switch
            {
                "ids" or "keys" or "rows" => (object?)Array.Empty<object>(),
                "limit" => statementName == "DeleteTerms" ? 0 : 10, // the shared graph keeps its office-holders table
                "id" or "key" or "code" or "a" or "b" or "articleId" or "name" => "none",
                _ => null,
            });
}
