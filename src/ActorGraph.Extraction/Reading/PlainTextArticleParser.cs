using ActorGraph.Core.Annotation;

namespace ActorGraph.Extraction.Reading;

/// <summary>Plain text: the first line is the title when a blank line follows it; otherwise the file name is.</summary>
internal static class PlainTextArticleParser
{
    private const int MaxTitleLength = 300;

    public static ArticleInfo Parse(string text, string fallbackTitle)
    {
        var lines = text.ReplaceLineEndings("\n").TrimStart('\n', ' ').Split('\n');
        var title = lines.Length > 1 && lines[0].Trim().Length > 0 && lines[1].Trim().Length == 0 && lines[0].Trim().Length <= MaxTitleLength
            ? lines[0].Trim()
            : fallbackTitle;
        return new ArticleInfo(title, text.Trim());
    }
}
