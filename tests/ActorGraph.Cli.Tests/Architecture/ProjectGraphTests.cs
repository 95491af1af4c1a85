using System.Reflection;
using System.Text.RegularExpressions;
using ActorGraph.TestSupport;

namespace ActorGraph.Cli.Tests.Architecture;

/// <summary>
/// The layout docs/architecture.md draws: projects point down to Core and no host references another; inside a
/// project no two folders depend on each other. Here because the CLI's tests see every project.
/// </summary>
public sealed partial class ProjectGraphTests
{
    /// <summary>The ActorGraph projects each may reference; anything else is a wrong turn.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["ActorGraph.Core"] = [],
        ["ActorGraph.Extraction"] = ["ActorGraph.Core"],
        ["ActorGraph.Ingestion"] = ["ActorGraph.Core", "ActorGraph.Extraction"],
        ["ActorGraph.Storage.Sqlite"] = ["ActorGraph.Core"],
        ["ActorGraph.Storage.Neo4j"] = ["ActorGraph.Core"],
        ["ActorGraph.Storage"] = ["ActorGraph.Core", "ActorGraph.Storage.Sqlite", "ActorGraph.Storage.Neo4j"],
        ["ActorGraph.Hosting"] = ["ActorGraph.Core", "ActorGraph.Extraction", "ActorGraph.Ingestion"],
        ["ActorGraph.Api"] = ["ActorGraph.Core", "ActorGraph.Extraction", "ActorGraph.Ingestion", "ActorGraph.Storage", "ActorGraph.Hosting"],
        ["ActorGraph.Worker"] = ["ActorGraph.Core", "ActorGraph.Extraction", "ActorGraph.Ingestion", "ActorGraph.Storage", "ActorGraph.Hosting"],
    };

    public static TheoryData<string> SourceProjects =>
        [.. Directory.GetDirectories(Path.Combine(RepositoryFolders.Root, "src")).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Projects_PointDownToCore_AndNoHostReferencesAnother()
    {
        var wrong = new List<string>();
        foreach (var (project, allowed) in Allowed)
        {
            var references = Assembly.Load(project).GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("ActorGraph.", StringComparison.Ordinal));
            wrong.AddRange(references.Except(allowed).Select(r => $"{project} -> {r}"));
        }

        Assert.Empty(wrong);
        Assert.Equal(Directory.GetDirectories(Path.Combine(RepositoryFolders.Root, "src")).Select(Path.GetFileName).Where(n => n != "ActorGraph.Cli").Order(StringComparer.Ordinal),
            Allowed.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void Folders_DoNotDependOnEachOtherInACircle(string project)
    {
        var cycles = FolderCycles(Path.Combine(RepositoryFolders.Root, "src", project));

        Assert.True(cycles.Count == 0, $"{project}: folders that depend on each other: {string.Join("; ", cycles)}");
    }

    [Fact]
    public void FolderCycles_AreFound()
    {
        // The check itself: two folders whose types use each other are reported, one that only uses the other is not.
        var root = Directory.CreateTempSubdirectory("folders-").FullName;
        try
        {
            Write(root, "A/First.cs", "namespace X.A; internal sealed class First { private Second? _s; }");
            Write(root, "B/Second.cs", "namespace X.B; internal sealed class Second { private First? _f; }");
            Write(root, "C/Third.cs", "namespace X.C; // mentions Fourth only here\ninternal sealed class Third { private string _t = \"Fourth\"; private First? _f; }");
            Write(root, "D/Fourth.cs", "namespace X.D; internal sealed class Fourth { private Third? _t; }");

            var cycles = FolderCycles(root);

            Assert.Equal(["A <-> B"], cycles);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Write(string root, string file, string text)
    {
        var path = Path.Combine(root, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>
    /// Pairs of folders each of which uses a type declared in the other (by the type's name in the code, comments and
    /// string literals aside), as "A &lt;-&gt; B" in order; a project's root folder is "(root)".
    /// </summary>
    private static List<string> FolderCycles(string projectFolder)
    {
        var files = Directory.EnumerateFiles(projectFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Folder: Path.GetRelativePath(projectFolder, Path.GetDirectoryName(f)!) is var d && d == "." ? "(root)" : d.Replace('\\', '/'),
                Code: CommentOrString().Replace(File.ReadAllText(f), " ")))
            .ToList();
        var declaredIn = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (folder, code) in files)
        {
            foreach (Match declaration in TypeDeclaration().Matches(code))
            {
                declaredIn.TryAdd(declaration.Groups["name"].Value, folder);
            }
        }

        var uses = new HashSet<(string From, string To)>();
        foreach (var (folder, code) in files)
        {
            foreach (Match word in Identifier().Matches(code))
            {
                if (declaredIn.TryGetValue(word.Value, out var home) && home != folder)
                {
                    uses.Add((folder, home));
                }
            }
        }

        return uses.Where(u => string.CompareOrdinal(u.From, u.To) < 0 && uses.Contains((u.To, u.From)))
            .Select(u => $"{u.From} <-> {u.To}").Order(StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@""(?:[^""]|"""")*""|""""""[\s\S]*?""""""|""(?:\\.|[^""\\\n])*""|'(?:\\.|[^'\\\n])'", RegexOptions.Singleline)]
    private static partial Regex CommentOrString();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(?<name>[A-Z]\w*)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex Identifier();
}
