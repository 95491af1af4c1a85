
namespace ActorGraph.Ingestion.Records;

/// <summary>
/// The record files of a folder laid out like the upstream repositories (<c>visits/data</c>,
/// <c>travels/secretary-travels</c>, <c>travels/president-travels</c>, <c>travels/presidents/presidents.xml</c>).
/// </summary>
public sealed record HistoryStateLayout(IReadOnlyList<string> RecordFiles, string? PresidentsFile)
{
    public static readonly string[] RecordFolders = [Path.Combine("visits", "data"), Path.Combine("travels", "secretary-travels"), Path.Combine("travels", "president-travels")];

    public static readonly string PresidentsPath = Path.Combine("travels", "presidents", "presidents.xml");

    /// <summary>Finds the files under <paramref name="root"/>, in a fixed order (visits, then secretaries, then presidents; files by name).</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">It holds none of the expected folders.</exception>
    public static HistoryStateLayout Locate(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"{root}: no such folder. Give the folder that holds visits/ and travels/ (e.g. ../shared/data/history-state).");
        }

        var files = RecordFolders.Select(f => Path.Combine(root, f)).Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.xml").Order(StringComparer.Ordinal))
            .ToList();
        if (files.Count == 0)
        {
            throw new InvalidDataException($"{root} has no record files: expected XML files in {string.Join(", ", RecordFolders)}.");
        }

        var presidents = Path.Combine(root, PresidentsPath);
        return new HistoryStateLayout(files, File.Exists(presidents) ? presidents : null);
    }
}
