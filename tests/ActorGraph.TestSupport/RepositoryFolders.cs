namespace ActorGraph.TestSupport;

/// <summary>Folders of the repository the tests run from.</summary>
public static class RepositoryFolders
{
    public static string Root { get; } = FindRoot();

    public static string Cypher => Path.Combine(Root, "cypher");

    public static string CypherLint => Path.Combine(Root, "tools", "cypher-lint");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ActorGraph.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No ActorGraph.sln above {AppContext.BaseDirectory}.");
    }
}
