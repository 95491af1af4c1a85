using System.Text.Json;

namespace ActorGraph.Extraction.Ingestion;

/// <summary>One file's checkpoint; <see cref="Line"/> is the last JSON Lines line whose batch was committed (0: none).</summary>
public sealed class IngestCheckpoint
{
    private readonly string _path;
    private readonly string _key;
    private readonly string _file;

    internal IngestCheckpoint(string path, string key, string file, int line)
    {
        _path = path;
        _key = key;
        _file = file;
        Line = line;
    }

    public int Line { get; private set; }

    public async Task SaveAsync(int line, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Line = line;
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var temporary = _path + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await JsonSerializer.SerializeAsync(stream, new IngestCheckpoints.SavedCheckpoint(_key, _file, line, now), cancellationToken: cancellationToken);
        }

        File.Move(temporary, _path, overwrite: true);
    }

    /// <summary>The file is done: the next load of it starts from the top (and finds every article already stored).</summary>
    public void Complete()
    {
        File.Delete(_path);
        Line = 0;
    }
}
