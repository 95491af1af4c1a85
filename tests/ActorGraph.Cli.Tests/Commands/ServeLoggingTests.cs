using System.Net;

namespace ActorGraph.Cli.Tests.Commands;

public sealed class ServeLoggingTests
{
    [Fact]
    public async Task Serve_DoesNotLogEveryRequest_UnlessAskedTo()
    {
        var quiet = await RequestLinesLoggedAsync(new Dictionary<string, string>());
        var asked = await RequestLinesLoggedAsync(new Dictionary<string, string> { ["Logging__LogLevel__Microsoft.AspNetCore"] = "Information" });

        Assert.Equal(0, quiet);
        Assert.True(asked >= 5, $"with Logging__LogLevel__Microsoft.AspNetCore=Information, {asked} request lines were logged");
    }

    /// <summary>Starts <c>serve</c>, sends five requests, stops it and counts the lines its log gave to requests.</summary>
    private static async Task<int> RequestLinesLoggedAsync(IReadOnlyDictionary<string, string> environment)
    {
        await using var server = await ServeProcess.StartAsync(environment);
        using var client = new HttpClient { BaseAddress = server.Address };
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync(new Uri("/graphql?query={stats{persons}}", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await server.StopAsync();
        return server.Log.Split('\n').Count(l => l.Contains("Request starting", StringComparison.Ordinal) || l.Contains("Request finished", StringComparison.Ordinal));
    }
}
