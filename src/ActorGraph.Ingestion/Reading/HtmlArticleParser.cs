using System.Text;
using ActorGraph.Core.Annotation;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ActorGraph.Ingestion.Reading;

/// <summary>
/// HTML: scripts, styles, navigation, forms and page chrome are dropped; the text comes from the &lt;article&gt;
/// (or &lt;main&gt;, or &lt;body&gt;) paragraph by paragraph; title, URL, outlet and date from the usual meta tags.
/// </summary>
internal static class HtmlArticleParser
{
    private static readonly string[] Boilerplate =
        ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "object", "embed"];

    public static ArticleInfo Parse(string html, string fallbackTitle)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        foreach (var element in document.QuerySelectorAll(string.Join(',', Boilerplate)).ToList())
        {
            element.Remove();
        }

        var root = (IElement?)document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        var text = root is null ? "" : BlockText(root);
        var title = Meta(document, "og:title") ?? document.QuerySelector("h1")?.TextContent.Trim() ?? document.Title?.Trim();
        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");
        var source = Meta(document, "og:site_name");
        var published = Meta(document, "article:published_time") ?? Meta(document, "date") ?? Meta(document, "pubdate")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        if (!string.IsNullOrWhiteSpace(title) && !text.StartsWith(title, StringComparison.Ordinal))
        {
            text = title + "\n\n" + text;
        }

        return new ArticleInfo(string.IsNullOrWhiteSpace(title) ? fallbackTitle : title, text.Trim(), url, source, published);
    }

    private static string BlockText(IElement root)
    {
        var blocks = root.QuerySelectorAll("p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td")
            .Where(e => e.QuerySelector("p, li, blockquote") is null)
            .Select(e => Collapse(e.TextContent))
            .Where(t => t.Length > 0)
            .ToList();
        return blocks.Count > 0 ? string.Join("\n\n", blocks) : Collapse(root.TextContent);
    }

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static string? Meta(IDocument document, string name) =>
        document.QuerySelectorAll("meta")
            .FirstOrDefault(m => string.Equals(m.GetAttribute("property"), name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(m.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content")?.Trim() is { Length: > 0 } content ? content : null;
}
