using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Options;

namespace ActorGraph.Ingestion.Reading;

/// <summary>
/// Reads articles from files and streams of any of the supported formats, refusing input that is not an article
/// (empty, binary, not UTF-8, larger than <see cref="ReadingOptions.MaxArticleBytes"/>) with a reason instead of
/// throwing. JSON Lines are streamed line by line, so a file of any size reads in flat memory.
/// </summary>
public sealed class ArticleReader(IOptions<ReadingOptions> options)
{
    /// <summary>UTF-8 that throws on invalid bytes instead of replacing them, so bad input is reported, not stored garbled.</summary>
    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly HashSet<string> ArticleExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson" };

    private readonly ReadingOptions _options = options.Value;

    /// <summary>The file name extensions read as articles (".txt", ".html", ".json", ".jsonl", …).</summary>
    public static IReadOnlyCollection<string> Extensions => ArticleExtensions;

    /// <summary>Whether a file's name says it holds articles; annotation files (*.gold.json) do not count.</summary>
    public static bool IsArticleFile(string path) =>
        ArticleExtensions.Contains(Path.GetExtension(path)) && !path.EndsWith(".gold.json", StringComparison.OrdinalIgnoreCase);

    public static ArticleFormat FormatOf(string name, ReadOnlySpan<byte> head)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        switch (extension)
        {
            case ".html" or ".htm" or ".xhtml":
                return ArticleFormat.Html;
            case ".json":
                return ArticleFormat.Json;
            case ".jsonl" or ".ndjson":
                return ArticleFormat.JsonLines;
            case ".txt" or ".text" or ".md":
                return ArticleFormat.Text;
        }

        var start = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\n', '\r', '\t');
        return start.StartsWith('<') ? ArticleFormat.Html : start.StartsWith('{') || start.StartsWith('[') ? ArticleFormat.Json : ArticleFormat.Text;
    }

    public async IAsyncEnumerable<ArticleRecord> ReadFileAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (stream, openError) = OpenFile(path);
        if (stream is null)
        {
            yield return ArticleRecord.Failed(path, openError!);
            yield break;
        }

        await using (stream)
        {
            await foreach (var record in ReadStreamAsync(stream, path, cancellationToken))
            {
                yield return record;
            }
        }
    }

    /// <summary>Opens an article file for reading, or says why it cannot be opened (a reason, not an exception).</summary>
    public static (FileStream? Stream, string? Error) OpenFile(string path)
    {
        try
        {
            return (new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot open the file: {ex.Message}");
        }
    }

    /// <param name="skipLines">For JSON Lines: lines already ingested (a resumed load), read past without parsing.</param>
    public async IAsyncEnumerable<ArticleRecord> ReadStreamAsync(Stream stream, string name, [EnumeratorCancellation] CancellationToken cancellationToken, int skipLines = 0)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var head = new byte[4096];
        var headLength = await ReadAtMostAsync(stream, head, cancellationToken);
        var format = FormatOf(name, head.AsSpan(0, headLength));
        var prefix = new MemoryStream(head, 0, headLength, writable: false);
        var whole = new ConcatenatedStream(prefix, stream);
        var fallbackTitle = Path.GetFileNameWithoutExtension(name);

        if (format == ArticleFormat.JsonLines)
        {
            var utf16 = head.AsSpan(0, headLength) is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];
            await foreach (var record in ReadJsonLinesAsync(whole, name, fallbackTitle, skipLines, utf16, cancellationToken))
            {
                yield return record;
            }

            yield break;
        }

        var (text, error) = await ReadWholeAsync(whole, cancellationToken);
        if (error is not null)
        {
            yield return ArticleRecord.Failed(name, error);
            yield break;
        }

        switch (format)
        {
            case ArticleFormat.Html:
                yield return Validate(name, HtmlArticleParser.Parse(text!, fallbackTitle));
                break;
            case ArticleFormat.Json:
                foreach (var record in JsonArticleParser.ParseDocument(text!, name, fallbackTitle))
                {
                    yield return record.Article is null ? record : Validate(record.Origin, record.Article);
                }

                break;
            default:
                yield return Validate(name, PlainTextArticleParser.Parse(text!, fallbackTitle));
                break;
        }
    }

    private async IAsyncEnumerable<ArticleRecord> ReadJsonLinesAsync(Stream stream, string name, string fallbackTitle, int skipLines, bool utf16, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Line by line as bytes: a line that is not UTF-8 or is over the limit is reported with its number and the
        // rest are read on; an over-long line is skipped as it is read, not held.
        var lines = utf16 ? null : new Utf8LineReader(stream, _options.MaxArticleBytes);
        using var utf16Reader = utf16 ? new StreamReader(stream, detectEncodingFromByteOrderMarks: true) : null;
        var lineNumber = 0;
        while (true)
        {
            var line = lines is not null
                ? await lines.ReadLineAsync(cancellationToken)
                : await utf16Reader!.ReadLineAsync(cancellationToken) is { } text ? new Utf8Line(text, Utf8LineError.None) : null;
            if (line is not { } current)
            {
                yield break;
            }

            lineNumber++;
            if (lineNumber <= skipLines)
            {
                continue;
            }

            var origin = $"{name}:{lineNumber}";
            switch (current.Error)
            {
                case Utf8LineError.NotUtf8:
                    yield return ArticleRecord.Failed(origin, "the line is not valid UTF-8 text", lineNumber);
                    continue;
                case Utf8LineError.TooLong:
                    yield return ArticleRecord.Failed(origin, $"the line is larger than the {FormatBytes(_options.MaxArticleBytes)} limit for one article", lineNumber);
                    continue;
            }

            if (current.Text!.Trim().Length == 0)
            {
                continue;
            }

            var record = JsonArticleParser.ParseLine(current.Text, origin, $"{fallbackTitle} #{lineNumber}");
            yield return (record.Article is null ? record : Validate(origin, record.Article)) with { Line = lineNumber };
        }
    }

    private async Task<(string? Text, string? Error)> ReadWholeAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > _options.MaxArticleBytes)
            {
                return (null, $"the file is larger than the {FormatBytes(_options.MaxArticleBytes)} limit for one article (set Reading:MaxArticleBytes to raise it)");
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.Trim((byte)' ').Length == 0)
        {
            return (null, "the file is empty");
        }

        if (LooksBinary(bytes))
        {
            return (null, "the file is binary, not text");
        }

        try
        {
            var text = DecodeText(bytes);
            return text.Trim().Length == 0 ? (null, "the file is empty (it has no text)") : (text, null);
        }
        catch (DecoderFallbackException)
        {
            return (null, "the file is not valid UTF-8 (or UTF-16 with a byte order mark) text");
        }
    }

    private static string DecodeText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Encoding.Unicode.Preamble))
        {
            return new UnicodeEncoding(false, true, true).GetString(bytes[2..]);
        }

        if (bytes.StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            return new UnicodeEncoding(true, true, true).GetString(bytes[2..]);
        }

        return StrictUtf8.GetString(bytes.StartsWith(Encoding.UTF8.Preamble) ? bytes[3..] : bytes);
    }

    /// <summary>NUL bytes or many control characters in the first 8 KB: an image, an archive, an executable.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Encoding.Unicode.Preamble) || bytes.StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            return false;
        }

        var head = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 32 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 12))
            {
                control++;
            }
        }

        return control > head.Length / 20;
    }

    private static async Task<int> ReadAtMostAsync(Stream stream, byte[] buffer, CancellationToken cancellationToken)
    {
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
        {
            total += read;
        }

        return total;
    }

    private static ArticleRecord Validate(string origin, Core.Annotation.ArticleInfo article) =>
        article.Text.Trim().Length == 0 ? ArticleRecord.Failed(origin, "the article has no text") : ArticleRecord.Ok(origin, article);

    private static string FormatBytes(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : $"{bytes / 1024.0:0.#} KB";
}
