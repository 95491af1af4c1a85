using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ActorGraph.Ingestion;

/// <summary>
/// Remembers how far a JSON Lines load has got (the last line of the last committed batch), so a load that was
/// stopped resumes after it instead of starting over. A checkpoint belongs to one file's name, size and first 64 KB
/// and to one store, so a different file or store never resumes from it. It is written to a temporary file and
/// renamed over the old one, so a kill while writing leaves the previous checkpoint whole.
/// </summary>
public sealed class IngestCheckpoints(string directory, string store)
{
    private const int HeadBytes = 64 * 1024;

    public string Directory => directory;

    /// <summary>The checkpoint of the file being read from <paramref name="file"/>, which is left at its start.</summary>
    public async Task<IngestCheckpoint> OpenAsync(FileStream file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var path = file.Name;
        var key = await KeyAsync(file, cancellationToken);
        var checkpointFile = Path.Combine(directory, key + ".json");
        SavedCheckpoint? saved = null;
        if (File.Exists(checkpointFile))
        {
            try
            {
                await using var stream = File.OpenRead(checkpointFile);
                saved = await JsonSerializer.DeserializeAsync<SavedCheckpoint>(stream, cancellationToken: cancellationToken);
            }
            catch (JsonException)
            {
                saved = null; // unreadable: start over, which re-reads but never duplicates (stored articles are skipped)
            }
        }

        return new IngestCheckpoint(checkpointFile, key, Path.GetFileName(path), saved is { Line: > 0 } && saved.Key == key ? saved : null);
    }

    private async Task<string> KeyAsync(FileStream file, CancellationToken cancellationToken)
    {
        var head = new byte[(int)Math.Min(HeadBytes, file.Length)];
        await file.ReadExactlyAsync(head, cancellationToken);
        file.Position = 0;
        var identity = $"{store}\n{Path.GetFileName(file.Name)}\n{file.Length}\n{Convert.ToHexString(SHA256.HashData(head))}";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..32].ToLowerInvariant();
    }

    /// <summary>The totals and failures so far travel with the line, so a resumed file's report covers all of it.</summary>
    internal sealed record SavedCheckpoint(string Key, string File, int Line, DateTimeOffset SavedAt, int Stored, int AlreadyStored, int Failed, List<SavedFailure>? Failures);

    internal sealed record SavedFailure(string Origin, string Error);
}
