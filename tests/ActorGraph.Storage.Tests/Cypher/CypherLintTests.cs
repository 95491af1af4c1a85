using System.Diagnostics;
using ActorGraph.TestSupport;

namespace ActorGraph.Storage.Tests.Cypher;

/// <summary>
/// The linter CI runs on cypher/ (tools/cypher-lint: Neo4j's own parser and semantic analysis from
/// @neo4j-cypher/language-support, pinned in its package-lock.json) passes on our files and fails on broken ones.
/// </summary>
public sealed class CypherLintTests
{
    [Fact]
    public async Task Lint_RepositoryCypherFolder_HasNoFindings()
    {
        var (exitCode, output) = await LintAsync(RepositoryFolders.Cypher);

        Assert.True(exitCode == 0, output);
        Assert.Contains("0 finding(s)", output, StringComparison.Ordinal);
        Assert.Contains("ok    queries/WriteMeetings.cypher", output, StringComparison.Ordinal);
        Assert.Contains("ok    browser/who-met-whom.cypher", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MATCH (p:Person RETURN p", "error")]
    [InlineData("MATCH (p:Person) RETURN size((p)--()) AS n", "error")]
    [InlineData("MATCH (p:Persn) RETURN p.name AS name", "warning")]
    [InlineData("MATCH (p:Person)-[:MET_WITH]->(q:Person) RETURN q.name AS name", "warning")]
    public async Task Lint_BrokenStatement_FailsAndNamesTheFile(string statement, string kind)
    {
        var copy = Path.Combine(Path.GetTempPath(), "actorgraph-lint", Guid.NewGuid().ToString("N"));
        CopyFolder(RepositoryFolders.Cypher, copy);
        await File.WriteAllTextAsync(Path.Combine(copy, "queries", "Broken.cypher"), "// deliberately broken\n" + statement + "\n", TestContext.Current.CancellationToken);
        try
        {
            var (exitCode, output) = await LintAsync(copy);

            Assert.Equal(1, exitCode);
            Assert.Contains($"FAIL  queries/Broken.cypher:2: {kind}:", output, StringComparison.Ordinal);
            Assert.DoesNotContain(" 0 finding(s)", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> LintAsync(string folder)
    {
        if (ExternalPrograms.Find("node") is null)
        {
            Assert.Skip("Node.js is not installed, so the Cypher linter cannot run (.ci/run installs it).");
        }

        if (!Directory.Exists(Path.Combine(RepositoryFolders.CypherLint, "node_modules")))
        {
            await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], RepositoryFolders.CypherLint);
        }

        return await RunAsync("node", ["lint.mjs", folder], RepositoryFolders.CypherLint);
    }

    private static async Task<(int, string)> RunAsync(string file, string[] arguments, string folder)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
