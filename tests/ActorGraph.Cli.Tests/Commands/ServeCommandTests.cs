using System.Net;
using System.Net.Sockets;

namespace ActorGraph.Cli.Tests.Commands;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_OnAPortInUse_SaysSoInOneLine_AndExitsWith2()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var store = Path.Combine(Path.GetTempPath(), "actorgraph-cli-tests", Guid.NewGuid().ToString("N") + ".db");

        var result = await CliProcess.RunAsync(TimeSpan.FromMinutes(2), "serve", "--urls", $"http://127.0.0.1:{port}", "--store", store);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), l => l.StartsWith("actorgraph:", StringComparison.Ordinal));
        Assert.Contains($"127.0.0.1:{port}", line, StringComparison.Ordinal);
        Assert.Contains("in use", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
