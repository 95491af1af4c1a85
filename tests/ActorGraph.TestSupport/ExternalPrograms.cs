namespace ActorGraph.TestSupport;

/// <summary>Finds programs (java, npm, node) on PATH, to say precisely why a test that needs one skips.</summary>
public static class ExternalPrograms
{
    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
