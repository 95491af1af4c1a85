using Microsoft.Playwright;

namespace ActorGraph.Cli.Tests.Explorer;

/// <summary>The explorer page in a real browser (Debian's Chromium, driven by Playwright) against a real server over the sample articles.</summary>
public sealed class ExplorerPageTests
{
    /// <summary>Where Chromium is: ACTORGRAPH_CHROMIUM, else Debian's package.</summary>
    private static readonly string Chromium = Environment.GetEnvironmentVariable("ACTORGRAPH_CHROMIUM") ?? "/usr/bin/chromium";

    [Fact]
    public async Task Explorer_SearchesDrawsAndShowsTheEvidenceOfAMeeting()
    {
        if (!File.Exists(Chromium))
        {
            // CI installs Chromium and sets ACTORGRAPH_REQUIRE_BROWSER: there, a missing browser is a failure, not a skip.
            Assert.False(Environment.GetEnvironmentVariable("ACTORGRAPH_REQUIRE_BROWSER") == "1", $"No Chromium at {Chromium}, and CI requires the browser test.");
            Assert.Skip($"No Chromium at {Chromium} (apt-get install chromium, or set ACTORGRAPH_CHROMIUM): the explorer page needs a browser to test.");
        }

        await using var server = await ServeProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, "samples"));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(new Uri(server.Address, "/explore").ToString());
        await page.FillAsync("#person", "Blin");
        await page.WaitForSelectorAsync("#person-suggestions option[value='Antony Blinken']", new() { State = WaitForSelectorState.Attached });
        await page.FillAsync("#person", "Antony Blinken");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForFunctionAsync("document.getElementById('status').textContent.includes('met')");

        var nodes = await page.EvaluateAsync<int>("window.actorGraphExplorer.cy.nodes().length");
        var edges = await page.EvaluateAsync<int>("window.actorGraphExplorer.cy.edges().length");
        Assert.True(nodes >= 3, $"{nodes} people drawn");
        Assert.Equal(nodes - 1, edges);
        Assert.Contains("person=Antony+Blinken", page.Url, StringComparison.Ordinal);

        // The list beside the picture is the keyboard's way to an edge: its meetings, with the sentences that report them.
        var wang = page.Locator("#counterparts button", new() { HasTextString = "Wang Yi" }).First;
        await wang.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#details blockquote");
        var evidence = await page.InnerTextAsync("#details");
        Assert.Contains("Antony Blinken and Wang Yi", evidence, StringComparison.Ordinal);
        Assert.Contains("Wang", (await page.Locator("#details blockquote").First.InnerTextAsync()), StringComparison.Ordinal);

        // The README's picture: written beside the tests, or where ACTORGRAPH_SCREENSHOT says (docs/explorer.png).
        await page.ScreenshotAsync(new() { Path = Environment.GetEnvironmentVariable("ACTORGRAPH_SCREENSHOT") ?? Path.Combine(AppContext.BaseDirectory, "explorer.png") });

        await page.Locator("#counterparts li", new() { HasTextString = "Wang Yi" }).Locator("button.expand").ClickAsync();
        await page.WaitForFunctionAsync("document.getElementById('status').textContent.startsWith('Added')");
        Assert.True(await page.EvaluateAsync<int>("window.actorGraphExplorer.cy.nodes().length") >= nodes);

        // The year slider limits the dates and redraws; the URL keeps the view.
        await page.Locator("#from-year").FillAsync("2023");
        await page.WaitForFunctionAsync("location.search.includes('from=2023-01-01')");
        Assert.Equal("2023", await page.InnerTextAsync("#from-year-value"));

        await page.GotoAsync(new Uri(server.Address, "/explore?country=US").ToString());
        await page.WaitForFunctionAsync("document.getElementById('status').textContent.includes('met people of')");
        Assert.True(await page.EvaluateAsync<int>("window.actorGraphExplorer.cy.nodes().length") >= 2);
        Assert.Empty(errors);
    }
}
