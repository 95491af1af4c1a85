using System.Globalization;
using System.Text;

namespace ActorGraph.Worker.Inbox;

/// <summary>
/// The inbox and the folders files move through. Every move is a rename within one file system, which is atomic: a
/// file is in exactly one place at any moment, and when two workers rename the same file only one succeeds. A
/// worker claims a file by moving it into its own folder under <c>.work</c>, which it marks as alive by holding an
/// exclusive lock on <c>.work/ID.lock</c> (released by the system when the process dies, however it dies), so
/// files claimed by a worker that is gone can be put back in the inbox by the next worker that looks.
/// </summary>
internal sealed class InboxFolders : IDisposable
{
    private static readonly string[] PartialSuffixes = [".tmp", ".part", ".partial", ".crdownload", ".swp"];

    private readonly string _workerId;
    private FileStream? _lock;

    public InboxFolders(WorkerOptions options, string workerId)
    {
        Inbox = Path.GetFullPath(options.Inbox);
        Processed = Path.GetFullPath(options.ProcessedFolder);
        Failed = Path.GetFullPath(options.FailedFolder);
        Work = Path.Combine(Inbox, ".work");
        Checkpoints = Path.Combine(Inbox, ".checkpoints");
        Claims = Path.Combine(Work, workerId);
        _workerId = workerId;
    }

    public string Inbox { get; }

    public string Processed { get; }

    public string Failed { get; }

    public string Work { get; }

    public string Checkpoints { get; }

    /// <summary>This worker's folder of claimed files.</summary>
    public string Claims { get; }

    public void Open()
    {
        foreach (var folder in new[] { Inbox, Processed, Failed, Work, Checkpoints })
        {
            Directory.CreateDirectory(folder);
        }

        // The lock first, then the folder: a folder without a held lock is always an orphan.
        _lock = new FileStream(LockPath(_workerId), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        Directory.CreateDirectory(Claims);
    }

    /// <summary>Files waiting in the inbox, oldest first. Hidden files and partial downloads are not articles yet.</summary>
    public List<FileInfo> Pending()
    {
        var inbox = new DirectoryInfo(Inbox);
        return inbox.EnumerateFiles()
            .Where(f => !f.Name.StartsWith('.') && !f.Name.StartsWith('~') && !PartialSuffixes.Any(s => f.Name.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Why an inbox entry must not be opened, or null for a regular file with content: a symbolic link may point outside
    /// the inbox, and a named pipe, device or socket reports no size and would block the reader that opens it.
    /// </summary>
    public static string? NotAnArticleFile(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            return "a symbolic link: only regular files inside the inbox are read, and the link was not followed.";
        }

        return info.Length == 0
            ? "the file is empty, or is not a regular file (a named pipe, device or socket); it was not opened."
            : null;
    }

    /// <summary>Moves the file into this worker's folder; null when another worker took it first.</summary>
    public string? Claim(FileInfo file)
    {
        var claimed = Path.Combine(Claims, file.Name);
        try
        {
            File.Move(file.FullName, claimed, overwrite: false);
            return claimed;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or IOException)
        {
            return null;
        }
    }

    public string MoveToProcessed(string claimed) => MoveInto(claimed, Processed);

    /// <summary>Writes the reason first, then moves the file, so a failed file never lacks its reason.</summary>
    public string MoveToFailed(string claimed, string reason, DateTimeOffset now)
    {
        var target = UniquePath(Failed, Path.GetFileName(claimed));
        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"file:   {Path.GetFileName(claimed)}")
            .AppendLine(CultureInfo.InvariantCulture, $"failed: {now:yyyy-MM-dd HH:mm:ss} UTC")
            .AppendLine(CultureInfo.InvariantCulture, $"worker: {_workerId}")
            .AppendLine()
            .AppendLine(reason);
        File.WriteAllText(target + ".reason.txt", report.ToString());
        File.Move(claimed, target);
        return target;
    }

    /// <summary>Puts a claimed file back in the inbox (stopping, or the store is down): it stays to be ingested.</summary>
    public string Release(string claimed) => MoveInto(claimed, Inbox);

    /// <summary>Returns the files of workers whose lock nobody holds (they stopped or were killed) to the inbox.</summary>
    public List<(string Worker, int Files)> RecoverOrphans()
    {
        var recovered = new List<(string, int)>();
        foreach (var folder in Directory.EnumerateDirectories(Work))
        {
            var worker = Path.GetFileName(folder);
            if (worker == _workerId)
            {
                continue;
            }

            FileStream? deadLock;
            try
            {
                deadLock = new FileStream(LockPath(worker), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                continue; // alive: its process holds the lock
            }

            using (deadLock)
            {
                var files = 0;
                foreach (var file in Directory.EnumerateFiles(folder))
                {
                    MoveInto(file, Inbox);
                    files++;
                }

                Directory.Delete(folder, recursive: true);
                File.Delete(LockPath(worker));
                recovered.Add((worker, files));
            }
        }

        return recovered;
    }

    public void Dispose()
    {
        if (_lock is null)
        {
            return;
        }

        try
        {
            foreach (var file in Directory.EnumerateFiles(Claims))
            {
                MoveInto(file, Inbox); // only after a shutdown that timed out; normally the folder is empty here
            }

            Directory.Delete(Claims, recursive: true);
            File.Delete(LockPath(_workerId));
        }
        catch (IOException)
        {
            // Left for the next worker's recovery, which handles exactly this.
        }
        finally
        {
            _lock.Dispose();
            _lock = null;
        }
    }

    private string LockPath(string worker) => Path.Combine(Work, worker + ".lock");

    private static string MoveInto(string file, string folder)
    {
        var target = UniquePath(folder, Path.GetFileName(file));
        File.Move(file, target);
        return target;
    }

    /// <summary>The name itself when it is free, else the name with a number before the extension ("a.2.txt").</summary>
    private static string UniquePath(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        for (var n = 2; File.Exists(path) || File.Exists(path + ".reason.txt"); n++)
        {
            path = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}.{n}{Path.GetExtension(name)}");
        }

        return path;
    }
}
