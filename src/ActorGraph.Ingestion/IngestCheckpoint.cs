using System.Text.Json;

namespace ActorGraph.Ingestion;

/// <summary>
/// One file's checkpoint: <see cref="Line"/> is the last JSON Lines line whose batch was committed (0: none), with
/// what the committed batches counted, so a resumed load reports the whole file.
/// </summary>
public sealed class IngestCheckpoint
{
    private readonly string _path;
    private readonly string _key;
    private readonly string _file;

    internal IngestCheckpoint(string path, string key, string file, IngestCheckpoints.SavedCheckpoint? saved)
    {
        _path = path;
        _key = key;
        _file = file;
        Line = saved?.Line ?? 0;
        Stored = saved?.Stored ?? 0;
        AlreadyStored = saved?.AlreadyStored ?? 0;
        Failed = saved?.Failed ?? 0;
        Failures = saved?.Failures?.Select(f => IngestOutcome.Failed(f.Origin, f.Error)).ToList() ?? [];
    }

    public int Line { get; private set; }

    public int Stored { get; }

    public int AlreadyStored { get; }

    public int Failed { get; }

    /// <summary>The failures of the committed batches (the first <see cref="FileBatchIngestor.MaxFailuresKept"/>).</summary>
    public IReadOnlyList<IngestOutcome> Failures { get; }

    public async Task SaveAsync(int line, (int Stored, int AlreadyStored, int Failed) totals, IReadOnlyList<IngestOutcome> failures, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failures);
        Line = line;
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var temporary = _path + ".tmp";
        var saved = new IngestCheckpoints.SavedCheckpoint(_key, _file, line, now, totals.Stored, totals.AlreadyStored, totals.Failed,
            [.. failures.Select(f => new IngestCheckpoints.SavedFailure(f.Origin, f.Error ?? ""))]);
        await using (var stream = File.Create(temporary))
        {
            await JsonSerializer.SerializeAsync(stream, saved, cancellationToken: cancellationToken);
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
