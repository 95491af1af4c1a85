using System.Globalization;
using System.Text.RegularExpressions;
using ActorGraph.Core.Annotation;

namespace ActorGraph.Ingestion.Reading;

/// <summary>
/// Plain text. A file may open with a header of <c>key: value</c> lines (title, date, source, url), fenced by
/// <c>---</c> lines or ended by a blank line, so that "met today" has a day to count from; without a date there, a
/// date in the file name (<c>2023-05-04-readout.txt</c>) is the publication date. Otherwise the first line is the
/// title when a blank line follows it, else the file name is. A dateline in the text is read later, by the extractor.
/// </summary>
internal static partial class PlainTextArticleParser
{
    private const int MaxTitleLength = 300;
    private const int MaxHeaderLines = 12;

    public static ArticleInfo Parse(string text, string fallbackTitle)
    {
        var lines = text.ReplaceLineEndings("\n").TrimStart('\uFEFF', '\n', ' ').Split('\n');
        var (header, bodyStart) = ReadHeader(lines);
        var body = lines.AsSpan(bodyStart).ToArray();
        var bodyText = bodyStart == 0 ? text.Trim() : string.Join('\n', body).Trim();

        var title = header.GetValueOrDefault("title") is { Length: > 0 and <= MaxTitleLength } given
            ? given
            : FirstLineTitle(bodyText.Split('\n')) ?? fallbackTitle;
        var published = header.GetValueOrDefault("date") ?? header.GetValueOrDefault("published") ?? header.GetValueOrDefault("publishedat");
        return new ArticleInfo(title, bodyText, header.GetValueOrDefault("url"), header.GetValueOrDefault("source"),
            IsoDate(published) ?? DateInName(fallbackTitle));
    }

    private static string? FirstLineTitle(string[] lines) =>
        lines.Length > 1 && lines[0].Trim().Length is > 0 and <= MaxTitleLength && lines[1].Trim().Length == 0 ? lines[0].Trim() : null;

    /// <summary>The header's fields (keys lower-cased) and the index of the body's first line; no header gives 0.</summary>
    private static (Dictionary<string, string> Fields, int BodyStart) ReadHeader(string[] lines)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var fenced = lines.Length > 0 && lines[0].Trim() == "---";
        var i = fenced ? 1 : 0;
        for (; i < lines.Length && i < MaxHeaderLines + 1; i++)
        {
            var line = lines[i].Trim();
            if (fenced && line == "---")
            {
                return fields.Count > 0 ? (fields, i + 1) : ([], 0);
            }

            if (!fenced && line.Length == 0)
            {
                return fields.Count > 0 ? (fields, i + 1) : ([], 0);
            }

            var match = HeaderLine().Match(line);
            if (!match.Success)
            {
                break;
            }

            fields[match.Groups["key"].Value.ToLowerInvariant()] = match.Groups["value"].Value.Trim().Trim('"', '\'');
        }

        return ([], 0); // not a header after all: the text starts at the top
    }

    private static string? IsoDate(string? value) =>
        value is not null && DateOnly.TryParseExact(value.Length >= 10 ? value[..10] : value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    private static string? DateInName(string name) =>
        NameDate().Match(name) is { Success: true } match ? IsoDate(match.Value) : null;

    [GeneratedRegex(@"^(?<key>title|date|published|publishedAt|source|url)\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"(?<!\d)(19|20)\d\d-\d\d-\d\d(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NameDate();
}
