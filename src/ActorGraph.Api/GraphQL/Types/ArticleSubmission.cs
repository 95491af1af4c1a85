using System.Globalization;
using System.Text;
using ActorGraph.Core.Annotation;
using ActorGraph.Ingestion.Reading;
using GraphQL;

namespace ActorGraph.Api.GraphQL.Types;

/// <summary>An article sent with the <c>submitArticle</c> mutation, checked before anything is extracted or stored.</summary>
public sealed class ArticleSubmission
{
    public const int MaxTitleLength = 500;
    public const int MaxUrlLength = 2048;
    public const int MaxSourceLength = 200;

    public string Title { get; set; } = "";

    public string? Text { get; set; }

    public string? Html { get; set; }

    public string? Url { get; set; }

    public string? Source { get; set; }

    public string? PublishedAt { get; set; }

    /// <summary>
    /// The article as the reader would read it from a file, with the same limits (size, binary, empty), or an error
    /// that names the field and what to change. HTML goes through the same parser as .html files (scripts dropped).
    /// </summary>
    public async Task<ArticleInfo> ToArticleAsync(ArticleReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Title) || Title.Length > MaxTitleLength)
        {
            problems.Add($"title must be 1 to {MaxTitleLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(Text) == string.IsNullOrWhiteSpace(Html))
        {
            problems.Add("give either text or html (exactly one of them, not empty).");
        }

        if (Url is not null && (Url.Length > MaxUrlLength || !Uri.TryCreate(Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            problems.Add($"url must be an absolute http(s) address of at most {MaxUrlLength} characters.");
        }

        if (Source is not null && (Source.Length > MaxSourceLength || Source.Any(char.IsControl)))
        {
            problems.Add($"source must be at most {MaxSourceLength} characters, without control characters.");
        }

        var publishedAt = PublishedAt is null ? null : ParseDate(PublishedAt);
        if (PublishedAt is not null && publishedAt is null)
        {
            problems.Add("publishedAt must be an ISO 8601 date (2024-03-01) or date and time (2024-03-01T09:30:00Z).");
        }

        if (problems.Count > 0)
        {
            throw Invalid(string.Join(" ", problems));
        }

        var body = Text ?? Html!;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body), writable: false);
        ArticleRecord? record = null;
        await foreach (var read in reader.ReadStreamAsync(stream, Html is null ? "submitted.txt" : "submitted.html", cancellationToken))
        {
            record = read;
            break;
        }

        if (record?.Article is not { } article)
        {
            throw Invalid($"{(Html is null ? "text" : "html")}: {record?.Error ?? "no article in it"}.");
        }

        return article with { Title = Title.Trim(), Url = Url, Source = Source?.Trim(), PublishedAt = publishedAt ?? article.PublishedAt };
    }

    private static string? ParseDate(string value)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment) && value.Contains('T', StringComparison.Ordinal)
            ? moment.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    private static ExecutionError Invalid(string message) => new($"The article was not stored: {message}") { Code = "INVALID_ARTICLE" };
}
