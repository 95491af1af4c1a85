using System.Net;
using System.Text;
using ActorGraph.Core.Resources;

namespace ActorGraph.Api.Http;

/// <summary>
/// A Neo4j Browser guide (<c>:play http://localhost:5080/browser-guide</c>): a slide to connect and load the style, then
/// one runnable slide per favorite of <c>cypher/browser</c>, built from the same files the README points to, so the
/// guide and the favorites cannot differ. Served with CORS open, as the Browser fetches guides from its own page.
/// </summary>
internal static class BrowserGuide
{
    private const string ResourcePrefix = "ActorGraph.Browser.";

    public static IEndpointRouteBuilder MapActorGraphBrowserGuide(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/browser-guide", (HttpContext http) =>
        {
            http.Response.Headers.AccessControlAllowOrigin = "*";
            var styleUrl = $"{http.Request.Scheme}://{http.Request.Host}/browser/actorgraph.grass";
            return Results.Content(Html(styleUrl), "text/html; charset=utf-8");
        });
        endpoints.MapGet("/browser/actorgraph.grass", (HttpContext http) =>
        {
            http.Response.Headers.AccessControlAllowOrigin = "*";
            return Results.Text(Read("actorgraph.grass"), "text/plain; charset=utf-8");
        });
        return endpoints;
    }

    /// <summary>The favorites, by file name, in the order their slides come.</summary>
    public static IReadOnlyList<(string Name, string Text)> Favorites() =>
        typeof(BrowserGuide).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".cypher", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[ResourcePrefix.Length..^".cypher".Length], Read(n[ResourcePrefix.Length..])))
            .ToList();

    public static string Html(string styleUrl)
    {
        var html = new StringBuilder();
        html.Append("""
            <article class="guide">
              <carousel class="deck container-fluid">
                <slide class="row-fluid">
                  <div class="col-sm-12">
                    <h3>ActorGraph: who met whom</h3>
                    <p>People (<code>:Person</code>) <code>ATTENDED</code> meetings (<code>:Meeting</code>, with their date, status and mode),
                    which are <code>REPORTED_IN</code> articles and official records and <code>HELD_IN</code> places; people
                    <code>REPRESENTS</code> countries and <code>HOLDS</code> offices.</p>
                    <p>On Neo4j 3.x, if queries fail over websockets, run <pre class="code runnable">:config useBolt: false</pre>
                    Load the style (people blue, meetings orange with their dates); a Browser that does not take a URL here takes the
                    same file dragged onto the panel <code>:style</code> opens:</p>
            """);
        html.Append(FormattableString.Invariant($"        <pre class=\"code runnable\">:style {WebUtility.HtmlEncode(styleUrl)}</pre>\n"));
        html.Append("""
                    <p>Each next slide is one favorite: edit its first <code>WITH</code> line, then click it to run.</p>
                  </div>
                </slide>
            """);
        foreach (var (_, text) in Favorites())
        {
            var lines = text.Split('\n');
            var title = lines[0].TrimStart('/', ' ');
            var about = string.Join(' ', lines.Skip(1).TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal)).Select(l => l.TrimStart('/', ' ')));
            html.Append(FormattableString.Invariant($"""
                    <slide class="row-fluid">
                      <div class="col-sm-12">
                        <h3>{WebUtility.HtmlEncode(title)}</h3>
                        <p>{WebUtility.HtmlEncode(about)}</p>
                        <figure><pre class="pre-scrollable code runnable">{WebUtility.HtmlEncode(text.TrimEnd())}</pre></figure>
                      </div>
                    </slide>

                """));
        }

        html.Append("  </carousel>\n</article>\n");
        return html.ToString();
    }

    private static string Read(string file) => EmbeddedFile.ReadText(typeof(BrowserGuide).Assembly, ResourcePrefix + file);
}
