using System.Text;
using ActorGraph.Ingestion.Reading;
using Microsoft.Extensions.Options;

namespace ActorGraph.Ingestion.Tests.Reading;

public sealed class ArticleReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actorgraph-reader-").FullName;
    private readonly ArticleReader _reader = new(Options.Create(new ReadingOptions { MaxArticleBytes = 1024 * 1024 }));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Read_PlainText_FirstLineIsTitleWhenBlankLineFollows()
    {
        var record = await ReadOneAsync("a.txt", "Leaders meet\n\nThe body of the article.");

        Assert.Equal("Leaders meet", record.Article!.Title);
        Assert.Contains("The body", record.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_PlainText_FencedHeaderGivesTitleDateAndSource()
    {
        var text = "---\ntitle: Envoys meet in Oslo\ndate: 2023-05-04\nsource: Example Wire\n---\nThe envoys met today.";

        var article = (await ReadOneAsync("a.txt", text)).Article!;

        Assert.Equal(("Envoys meet in Oslo", "2023-05-04", "Example Wire"), (article.Title, article.PublishedAt, article.Source));
        Assert.Equal("The envoys met today.", article.Text);
    }

    [Fact]
    public async Task Read_PlainText_HeaderLinesEndedByABlankLine()
    {
        var article = (await ReadOneAsync("a.txt", "Date: 2024-02-29\n\nTalks in Lima\n\nThe ministers met on Tuesday.")).Article!;

        Assert.Equal(("Talks in Lima", "2024-02-29"), (article.Title, article.PublishedAt));
        Assert.StartsWith("Talks in Lima", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-05-04-readout.txt", "2023-05-04")]
    [InlineData("readout_2021-11-30.txt", "2021-11-30")]
    [InlineData("readout-2023-02-30.txt", null)]
    [InlineData("readout-12023-05-04.txt", null)]
    public async Task Read_PlainText_DateInTheFileNameIsThePublicationDate(string file, string? published)
    {
        var article = (await ReadOneAsync(file, "The envoys met today.")).Article!;

        Assert.Equal(published, article.PublishedAt);
    }

    [Fact]
    public async Task Read_PlainText_HeaderDateWinsOverTheFileName_AndAColonLineIsNoHeader()
    {
        var dated = (await ReadOneAsync("2020-01-01.txt", "date: 2023-05-04\n\nThey met today.")).Article!;
        var prose = (await ReadOneAsync("b.txt", "Source: officials said the talks went well.\nThey met today.")).Article!;

        Assert.Equal("2023-05-04", dated.PublishedAt);
        Assert.StartsWith("Source: officials", prose.Text, StringComparison.Ordinal);
        Assert.Null(prose.PublishedAt);
    }

    [Fact]
    public async Task Read_Html_DropsScriptsAndChromeAndReadsMeta()
    {
        var html = """
            <html><head><title>T</title><meta property="og:title" content="Talks in Paris"><meta property="article:published_time" content="2024-05-06">
            <script>var secret = "Chancellor Evil Person";</script></head>
            <body><nav>Home | World</nav><article><p>French President Emmanuel Macron met Xi Jinping.</p></article><footer>Subscribe</footer>
            <script>alert("x")</script></body></html>
            """;

        var article = (await ReadOneAsync("a.html", html)).Article!;

        Assert.Equal("Talks in Paris", article.Title);
        Assert.Equal("2024-05-06", article.PublishedAt);
        Assert.Contains("Emmanuel Macron met Xi Jinping", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribe", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_JsonLines_ReadsEachLineAndReportsBadLinesWithoutLosingOthers()
    {
        var lines = "{\"title\":\"One\",\"text\":\"First text.\"}\nnot json\n\n{\"title\":\"Three\",\"html\":\"<p>Third text.</p>\"}\n";
        var records = await ReadAllAsync("feed.jsonl", lines);

        Assert.Equal(3, records.Count);
        Assert.Equal("One", records[0].Article!.Title);
        Assert.Null(records[1].Article);
        Assert.Equal("feed.jsonl:2", Path.GetFileName(records[1].Origin));
        Assert.Contains("invalid JSON", records[1].Error, StringComparison.Ordinal);
        Assert.Equal("Third text.", records[2].Article!.Text);
    }

    [Theory]
    [InlineData("empty.txt", "", "empty")]
    [InlineData("blank.txt", "   \n  ", "empty")]
    [InlineData("bad.json", "{\"title\": \"x\", ", "invalid JSON")]
    [InlineData("notext.json", "{\"title\": \"x\"}", "no \"text\"")]
    public async Task Read_BadInput_GivesReasonNotException(string name, string content, string reason)
    {
        var record = await ReadOneAsync(name, content);

        Assert.Null(record.Article);
        Assert.Contains(reason, record.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_BinaryFile_IsRefused()
    {
        var path = Path.Combine(_folder, "image.txt");
        await File.WriteAllBytesAsync(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52], TestContext.Current.CancellationToken);

        var record = Assert.Single(await CollectAsync(_reader.ReadFileAsync(path, TestContext.Current.CancellationToken)));

        Assert.Contains("binary", record.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_InvalidUtf8_IsRefused()
    {
        var path = Path.Combine(_folder, "latin1.txt");
        await File.WriteAllBytesAsync(path, Encoding.Latin1.GetBytes("Caf\u00e9 talks in S\u00e3o Paulo"), TestContext.Current.CancellationToken);

        var record = Assert.Single(await CollectAsync(_reader.ReadFileAsync(path, TestContext.Current.CancellationToken)));

        Assert.Contains("not valid UTF-8", record.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_JsonLinesWithOneInvalidByte_KeepsEveryOtherLine_AndNamesTheBadOne()
    {
        var path = Path.Combine(_folder, "feed.jsonl");
        await using (var file = File.Create(path))
        {
            for (var i = 1; i <= 200; i++)
            {
                var line = Encoding.UTF8.GetBytes($"{{\"title\": \"Story {i}\", \"text\": \"Talks number {i} were held.\"}}\n");
                if (i == 3)
                {
                    line[20] = 0xFF; // a byte no UTF-8 text holds, inside the line's text
                }

                await file.WriteAsync(line, TestContext.Current.CancellationToken);
            }
        }

        var records = await CollectAsync(_reader.ReadFileAsync(path, TestContext.Current.CancellationToken));

        Assert.Equal(199, records.Count(r => r.Article is not null));
        var bad = Assert.Single(records, r => r.Article is null);
        Assert.Equal(3, bad.Line);
        Assert.Contains("not valid UTF-8", bad.Error, StringComparison.Ordinal);
        Assert.Equal("Story 200", records[^1].Article!.Title);
    }

    [Fact]
    public async Task Read_JsonLinesWithAnOverLongLine_SkipsItWhileReading_AndReadsOn()
    {
        var reader = new ArticleReader(Options.Create(new ReadingOptions { MaxArticleBytes = 64 * 1024 }));
        var path = Path.Combine(_folder, "long.jsonl");
        await File.WriteAllTextAsync(path,
            "{\"title\": \"First\", \"text\": \"Talks were held.\"}\n"
            + "{\"title\": \"Huge\", \"text\": \"" + new string('a', 1024 * 1024) + "\"}\r\n"
            + "{\"title\": \"Last\", \"text\": \"Talks were held again.\"}",
            TestContext.Current.CancellationToken);

        var records = await CollectAsync(reader.ReadFileAsync(path, TestContext.Current.CancellationToken));

        Assert.Equal(["First", null, "Last"], records.Select(r => r.Article?.Title));
        Assert.Equal(2, records[1].Line);
        Assert.Contains("larger than the 64 KB limit", records[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_FiftyMegabyteFile_IsRefusedWithTheLimit()
    {
        var reader = new ArticleReader(Options.Create(new ReadingOptions()));
        var path = Path.Combine(_folder, "huge.txt");
        await using (var file = File.Create(path))
        {
            var line = Encoding.UTF8.GetBytes(new string('a', 1023) + "\n");
            for (var i = 0; i < 50 * 1024; i++)
            {
                await file.WriteAsync(line, TestContext.Current.CancellationToken);
            }
        }

        var record = Assert.Single(await CollectAsync(reader.ReadFileAsync(path, TestContext.Current.CancellationToken)));

        Assert.Contains("larger than the 10 MB limit", record.Error, StringComparison.Ordinal);
    }

    private async Task<ArticleRecord> ReadOneAsync(string name, string content) => Assert.Single(await ReadAllAsync(name, content));

    private async Task<List<ArticleRecord>> ReadAllAsync(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllTextAsync(path, content, TestContext.Current.CancellationToken);
        return await CollectAsync(_reader.ReadFileAsync(path, TestContext.Current.CancellationToken));
    }

    private static async Task<List<ArticleRecord>> CollectAsync(IAsyncEnumerable<ArticleRecord> records)
    {
        var list = new List<ArticleRecord>();
        await foreach (var r in records)
        {
            list.Add(r);
        }

        return list;
    }
}
