using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ActorGraph.Cli.Tests;

/// <summary><c>actorgraph serve</c> in a process of its own on a free port, stopped (and its store deleted) on dispose.</summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;
    private readonly StringBuilder _log = new();

    private ServeProcess(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the process has written to standard output and error so far.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <param name="ingest">Files or folders to ingest before serving (serve --ingest).</param>
    public static Task<ServeProcess> StartAsync(params string[] ingest) => StartAsync(new Dictionary<string, string>(), ingest);

    /// <param name="environment">Variables set for the process (configuration such as Logging__LogLevel__…).</param>
    /// <param name="ingest">Files or folders to ingest before serving (serve --ingest).</param>
    public static Task<ServeProcess> StartAsync(IReadOnlyDictionary<string, string> environment, params string[] ingest) => StartAsync(environment, null, ingest);

    /// <summary>Serves a store made beforehand (deleted with the server's folder only when it is inside it).</summary>
    public static Task<ServeProcess> OverAsync(string store) => StartAsync(new Dictionary<string, string>(), store, []);

    private static async Task<ServeProcess> StartAsync(IReadOnlyDictionary<string, string> environment, string? store, string[] ingest)
    {
        var folder = Directory.CreateTempSubdirectory("actorgraph-serve-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "actorgraph.dll"), "serve", "--urls", $"http://127.0.0.1:{port}", "--store", store ?? Path.Combine(folder, "graph.db") }
                     .Concat(ingest.Length > 0 ? ["--ingest", .. ingest] : []))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        var server = new ServeProcess(process, folder, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilHealthyAsync();
        return server;
    }

    /// <summary>Stops the process now and waits until it has exited, so <see cref="Log"/> holds everything it wrote.</summary>
    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private void Append(string? line)
    {
        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            Assert.False(_process.HasExited, "serve exited before it answered /health");
            try
            {
                using var health = await client.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }

            Assert.True(DateTime.UtcNow < deadline, "serve did not answer /health within 3 minutes");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
