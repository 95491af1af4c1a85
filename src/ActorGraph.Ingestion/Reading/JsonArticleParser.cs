using System.Text.Json;
using ActorGraph.Core.Annotation;

namespace ActorGraph.Ingestion.Reading;

/// <summary>
/// JSON articles: an object with <c>title</c>, <c>text</c> or <c>html</c>, and optional <c>url</c>, <c>source</c>,
/// <c>publishedAt</c>; or an array of such objects; or an annotation file (its <c>article</c> object).
/// </summary>
internal static class JsonArticleParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 32, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static IEnumerable<ArticleRecord> ParseDocument(string json, string origin, string fallbackTitle)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            return [ArticleRecord.Failed(origin, $"invalid JSON: {ex.Message}")];
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                return root.EnumerateArray().Select((e, i) => FromElement(e, $"{origin}[{i}]", fallbackTitle)).ToList();
            }

            return [FromElement(root, origin, fallbackTitle)];
        }
    }

    public static ArticleRecord ParseLine(string line, string origin, string fallbackTitle)
    {
        try
        {
            using var document = JsonDocument.Parse(line, DocumentOptions);
            return FromElement(document.RootElement, origin, fallbackTitle);
        }
        catch (JsonException ex)
        {
            return ArticleRecord.Failed(origin, $"invalid JSON: {ex.Message}");
        }
    }

    private static ArticleRecord FromElement(JsonElement element, string origin, string fallbackTitle)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return ArticleRecord.Failed(origin, $"expected a JSON object with \"title\" and \"text\" or \"html\", found {element.ValueKind}");
        }

        if (element.TryGetProperty("article", out var nested) && nested.ValueKind == JsonValueKind.Object)
        {
            element = nested; // an actorgraph-article/1 annotation file
        }

        var title = String(element, "title");
        var text = String(element, "text");
        var html = String(element, "html");
        var url = String(element, "url");
        var source = String(element, "source");
        var published = String(element, "publishedAt") ?? String(element, "published_at") ?? String(element, "date");
        if (string.IsNullOrWhiteSpace(text) && !string.IsNullOrWhiteSpace(html))
        {
            var fromHtml = HtmlArticleParser.Parse(html, title ?? fallbackTitle);
            return ArticleRecord.Ok(origin, fromHtml with
            {
                Title = title ?? fromHtml.Title,
                Url = url ?? fromHtml.Url,
                Source = source ?? fromHtml.Source,
                PublishedAt = published ?? fromHtml.PublishedAt,
            });
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ArticleRecord.Failed(origin, "the JSON object has no \"text\" or \"html\" (or it is empty)");
        }

        return ArticleRecord.Ok(origin, new ArticleInfo(string.IsNullOrWhiteSpace(title) ? fallbackTitle : title.Trim(), text.Trim(), url, source, published));
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
