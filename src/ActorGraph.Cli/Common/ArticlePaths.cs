namespace ActorGraph.Cli.Common;

/// <summary>Expands the paths given on the command line into article files, in a stable order.</summary>
internal static class ArticlePaths
{
    public static (List<string> Files, List<string> Missing) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (path == "-")
            {
                files.Add("-");
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(Ingestion.Reading.ArticleReader.IsArticleFile)
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                missing.Add(path);
            }
        }

        return (files, missing);
    }
}
