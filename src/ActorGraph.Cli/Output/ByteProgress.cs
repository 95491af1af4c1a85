using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace ActorGraph.Cli.Output;

/// <summary>
/// Progress of a load measured in bytes read: a Spectre bar with ETA on a terminal, a plain line every few seconds
/// (count, share, rate, ETA, file) when output is redirected. Shared by <c>ingest</c> and <c>import</c>.
/// </summary>
internal sealed class ByteProgress(IAnsiConsole console, string label, string unit, long totalBytes)
{
    private static readonly TimeSpan PlainLineEvery = TimeSpan.FromSeconds(2);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastPlainLine;
    private bool _finalLineWritten;

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Items per second since the start.</summary>
    public double Rate(int count) => count / Math.Max(0.001, _clock.Elapsed.TotalSeconds);

    /// <summary>Runs <paramref name="work"/>, which reports (file, bytes read in all so far, items so far) as it goes.</summary>
    public async Task<T> RunAsync<T>(Func<Action<string, long, int>, Task<T>> work)
    {
        if (console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
        {
            return await console.Progress()
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask(label, maxValue: Math.Max(1, totalBytes));
                    return await work((file, done, count) =>
                    {
                        task.Value = done;
                        task.Description = Markup.Escape($"{count:N0} {unit} · {Rate(count):N0}/s · {Path.GetFileName(file)}");
                    });
                });
        }

        return await work((file, done, count) =>
        {
            // The last batch of a file reports "all bytes read" more than once: one 100 % line is enough.
            var final = done >= totalBytes;
            if ((_clock.Elapsed - _lastPlainLine >= PlainLineEvery && !_finalLineWritten) || (final && !_finalLineWritten))
            {
                _lastPlainLine = _clock.Elapsed;
                _finalLineWritten = final;
                console.WriteLine(PlainLine(file, done, count));
            }
        });
    }

    private string PlainLine(string file, long done, int count)
    {
        var share = totalBytes == 0 ? 1 : (double)done / totalBytes;
        var eta = share is > 0 and < 1 ? TimeSpan.FromSeconds(_clock.Elapsed.TotalSeconds * (1 - share) / share) : TimeSpan.Zero;
        return string.Create(CultureInfo.InvariantCulture, $"[{count:N0} {unit}] {share:P0} · {Rate(count):N0} {unit}/s · ETA {eta:hh\\:mm\\:ss} · {Path.GetFileName(file)}");
    }
}
