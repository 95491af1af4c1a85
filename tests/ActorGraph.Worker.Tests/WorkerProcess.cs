using System.Diagnostics;

namespace ActorGraph.Worker.Tests;

/// <summary>
/// The real worker (ActorGraph.Worker.dll, as shipped) in a process of its own, logging JSON lines that the test reads
/// back as events: the worker's structured logs are what an operator would read too.
/// </summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<LogEvent> _events = [];
    private readonly List<string> _other = [];

    private WorkerProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Receive(e.Data);
        _process.ErrorDataReceived += (_, e) => Receive(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public static WorkerProcess Start(WorkerFolder folder, string store, IDictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ActorGraph.Worker.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder.Root,
        };
        start.Environment["ACTORGRAPH__STORE__LOCATION"] = store;
        start.Environment["ACTORGRAPH__WORKER__INBOX"] = folder.Inbox;
        start.Environment["ACTORGRAPH__WORKER__SETTLETIME"] = "00:00:00";
        start.Environment["ACTORGRAPH__WORKER__POLLINTERVAL"] = "00:00:00.200";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Logging__Console__FormatterName"] = "json";
        start.Environment["Logging__LogLevel__Default"] = "Information";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return new WorkerProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start the worker"));
    }

    public List<LogEvent> Events()
    {
        lock (_events)
        {
            return [.. _events];
        }
    }

    /// <summary>Everything the process wrote that was not a log event, for failure messages.</summary>
    public string Output()
    {
        lock (_events)
        {
            return string.Join('\n', _other.TakeLast(40)) + "\n" + string.Join('\n', _events.TakeLast(20).Select(e => e.Message));
        }
    }

    public async Task WaitUntilAsync(Func<List<LogEvent>, bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition(Events()))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The worker exited ({_process.ExitCode}) before {what}:\n{Output()}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:N0} s for {what}:\n{Output()}");
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>SIGKILL: no shutdown code runs, open transactions are cut off, the claim lock is dropped by the kernel.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, as docker stop and systemd send: the graceful path.</summary>
    public async Task StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
    }

    private void Receive(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        lock (_events)
        {
            if (LogEvent.TryParse(line) is { } parsed)
            {
                _events.Add(parsed);
            }
            else
            {
                _other.Add(line);
            }
        }
    }
}
