using System.Net;

namespace ActorGraph.Api.Tests.Http;

public sealed class BrowserGuideTests : IDisposable
{
    private readonly ApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Guide_HasASlidePerFavorite_WithItsTextRunnable_AndTheStyleToLoad()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/browser-guide", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var style = await client.GetStringAsync(new Uri("/browser/actorgraph.grass", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.StartsWith("<article class=\"guide\">", html.TrimStart(), StringComparison.Ordinal);
        var favorites = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "browser"), "*.cypher");
        Assert.Equal(favorites.Length + 1, html.Split("<slide ").Length - 1);
        foreach (var favorite in favorites)
        {
            Assert.Contains(WebUtility.HtmlEncode(File.ReadAllText(favorite).TrimEnd()), html, StringComparison.Ordinal);
        }

        Assert.Contains(":style http://localhost/browser/actorgraph.grass", html, StringComparison.Ordinal);
        Assert.Contains(":config useBolt: false", html, StringComparison.Ordinal);
        Assert.Contains("node.Meeting", style, StringComparison.Ordinal);
    }
}
