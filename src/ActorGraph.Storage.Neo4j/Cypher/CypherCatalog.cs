using System.Collections.Frozen;
using System.Reflection;
using ActorGraph.Core.Resources;
using ActorGraph.Storage.Neo4j.Http;

namespace ActorGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The statements in cypher/queries and cypher/schema, embedded at build time. The store sends nothing else, so
/// the files the linter checks and the test suite runs are exactly what reaches the server.
/// </summary>
public sealed class CypherCatalog
{
    private const string Prefix = "ActorGraph.Cypher.";

    private readonly FrozenDictionary<string, string> _files;

    private CypherCatalog(FrozenDictionary<string, string> files) => _files = files;

    public static CypherCatalog Embedded { get; } = Load(typeof(CypherCatalog).Assembly);

    /// <summary>Names of the files in cypher/queries, without extension.</summary>
    public IEnumerable<string> QueryNames => _files.Keys.Where(k => k.StartsWith("queries.", StringComparison.Ordinal)).Select(k => k["queries.".Length..]).Order(StringComparer.Ordinal);

    public CypherStatement Query(CypherQuery query, IReadOnlyDictionary<string, object?>? parameters = null) =>
        new(query.ToString(), QueryText(query), parameters ?? new Dictionary<string, object?>());

    public string QueryText(CypherQuery query) =>
        _files.TryGetValue("queries." + query, out var text) ? text : throw new KeyNotFoundException($"cypher/queries/{query}.cypher is not embedded in the store.");

    /// <summary>The DDL statements for a server: cypher/schema/current on 4.4 and later, cypher/schema/legacy before.</summary>
    public IReadOnlyList<CypherStatement> Schema(Neo4jServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var folder = server.HasModernSchemaSyntax ? "schema.current." : "schema.legacy.";
        return _files.Where(f => f.Key.StartsWith(folder, StringComparison.Ordinal))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .SelectMany(f => SplitStatements(f.Value).Select((text, i) => new CypherStatement($"{f.Key}#{i + 1}", text, new Dictionary<string, object?>())))
            .ToList();
    }

    /// <summary>Splits a DDL file on semicolons at line ends; DDL has no string literals that could contain one.</summary>
    internal static IEnumerable<string> SplitStatements(string text) =>
        text.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Aggregate(new List<string> { "" }, (acc, line) =>
            {
                acc[^1] += line + "\n";
                if (line.TrimEnd().EndsWith(';'))
                {
                    acc.Add("");
                }

                return acc;
            })
            .Select(s => s.Trim().TrimEnd(';').Trim())
            .Where(s => s.Length > 0);

    private static CypherCatalog Load(Assembly assembly)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".cypher", StringComparison.Ordinal)))
        {
            files[resource[Prefix.Length..^".cypher".Length]] = EmbeddedFile.ReadText(assembly, resource).Replace("\r\n", "\n", StringComparison.Ordinal);
        }

        return new CypherCatalog(files.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
