namespace ActorGraph.Storage.Tests.Conformance;

/// <summary>The sample articles shipped in samples/articles, copied beside the tests.</summary>
public static class Samples
{
    public static IReadOnlyList<string> Files { get; } = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"))
        .Where(f => !f.EndsWith(".gold.json", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToList();
}
