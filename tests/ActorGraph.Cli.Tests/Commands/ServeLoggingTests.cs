using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ActorGraph.Cli.Tests.Commands;

public sealed class ServeLoggingTests
{
    [Fact]
    public async Task Serve_DoesNotLogEveryRequest_UnlessAskedTo()
    {
        var quiet = await RequestLinesLoggedAsync(requestLogging: false);
        var asked = await RequestLinesLoggedAsync(requestLogging: true);

        Assert.Equal(0, quiet);
        Assert.True(asked >= 5, $"with Logging__LogLevel__Microsoft.AspNetCore=Information, {asked} request lines were logged");
    }

    /// <summary>Starts <c>serve</c>, sends five requests, stops it and counts the lines its log gave to requests.</summary>
    private static async Task<int> RequestLinesLoggedAsync(bool requestLogging)
    {
        var port = FreePort();
        var store = Path.Combine(Path.GetTempPath(), "actorgraph-cli-tests", Guid.NewGuid().ToString("N") + ".db");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "actorgraph.dll"), "serve", "--urls", $"http://127.0.0.1:{port}", "--store", store })
        {
            start.ArgumentList.Add(argument);
        }

        if (requestLogging)
        {
            start.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Information";
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilHealthyAsync(client);
            for (var i = 0; i < 5; i++)
            {
                using var response = await client.GetAsync(new Uri("/graphql?query={stats{persons}}", UriKind.Relative), TestContext.Current.CancellationToken);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var log = await output + await error;
        return log.Split('\n').Count(l => l.Contains("Request starting", StringComparison.Ordinal) || l.Contains("Request finished", StringComparison.Ordinal));
    }

    private static async Task WaitUntilHealthyAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
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

            Assert.True(DateTime.UtcNow < deadline, "serve did not answer /health within 2 minutes");
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
