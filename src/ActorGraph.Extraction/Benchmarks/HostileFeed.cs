using System.Globalization;
using System.Text;
using System.Text.Json;
using ActorGraph.Core.Annotation;

namespace ActorGraph.Extraction.Benchmarks;

/// <summary>
/// A reproducible JSON Lines feed of what careless and hostile sources send, for fuzzing the whole ingest path
/// (reader, extractor, store): invalid UTF-8, broken and wrongly typed JSON, HTML with scripts, Unicode that
/// confuses tokenizers, dates at the ends of the calendar, walls of capitalised names, other scripts, empty texts, and
/// real articles cut and shuffled. Lines are bytes, because some must not be valid UTF-8. Every line is either an
/// article or something the reader must reject with a reason; none may stop the load.
/// </summary>
public sealed class HostileFeed
{
    /// <summary>The kinds of line, in the order <see cref="Lines"/> cycles through them at random.</summary>
    public static readonly IReadOnlyList<string> Kinds =
    [
        "mutated article", "invalid UTF-8", "wrong JSON types", "broken JSON", "HTML with scripts", "Unicode torture",
        "calendar edges", "name wall", "other scripts", "empty text", "deep JSON", "long word",
    ];

    private static readonly string[] OtherScripts =
    [
        "外交部长王毅在北京会见了美国国务卿布林肯。双方就双边关系交换了意见。",
        "التقى وزير الخارجية الأردني أيمن الصفدي بنظيره المصري في عمان يوم الاثنين.",
        "Министр иностранных дел Сергей Лавров провёл переговоры с коллегой из Индии в Москве.",
        "विदेश मंत्री ने नई दिल्ली में जापान के प्रधानमंत्री से मुलाकात की।",
        "Ο πρωθυπουργός συναντήθηκε με τον Πρόεδρο της Γαλλίας στην Αθήνα την Τρίτη.",
    ];

    private static readonly string[] CalendarDates = ["0001-01-01", "9999-12-31", "2023-02-30", "yesterday", "1900-01-01T00:00:00Z", "", "2024-13-01", "+275760-09-13"];

    private static readonly string[] RelativeDays =
    [
        "on Friday", "next Monday", "last week", "on May 40", "on 31 February", "in the year 10000", "on 1 January 1", "on December 31, 9999",
    ];

    private readonly List<ArticleInfo> _articles;

    public HostileFeed(IEnumerable<ArticleInfo> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        _articles = sources.Where(a => !string.IsNullOrWhiteSpace(a.Text)).ToList();
        if (_articles.Count == 0)
        {
            throw new ArgumentException("The feed needs at least one article with text.", nameof(sources));
        }
    }

    /// <summary>
    /// <paramref name="count"/> lines (without their line breaks); with <paramref name="oversizedLineBytes"/>, the
    /// middle line is a valid article that large, to be refused while it is read.
    /// </summary>
    public IEnumerable<byte[]> Lines(int count, int seed, int oversizedLineBytes = 0)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            if (oversizedLineBytes > 0 && i == count / 2)
            {
                yield return Article("An oversized line", new string('x', oversizedLineBytes), "2024-01-01");
                continue;
            }

            yield return Line(random.Next(Kinds.Count), random, i);
        }
    }

    private byte[] Line(int kind, Random random, int index)
    {
        var source = _articles[random.Next(_articles.Count)];
        var date = source.PublishedAt ?? "2024-05-01";
        switch (kind)
        {
            case 0:
                return Article(source.Title + " " + index.ToString(CultureInfo.InvariantCulture), Mutate(source.Text, random), date);
            case 1:
            {
                var bytes = Article(source.Title, source.Text[..Math.Min(source.Text.Length, 2000)], date).ToList();
                var invalid = new[] { (byte)0xC3, (byte)0x28, (byte)0xFF, (byte)0xFE, (byte)0xED, (byte)0xA0, (byte)0x80 };
                bytes.InsertRange(random.Next(2, bytes.Count - 2), invalid.Take(random.Next(1, invalid.Length + 1)));
                return [.. bytes];
            }

            case 2:
                return Encoding.UTF8.GetBytes(random.Next(6) switch
                {
                    0 => """{"title": 5, "text": ["a", "b"]}""",
                    1 => """{"title": "x", "text": null}""",
                    2 => "[]",
                    3 => "\"just a string\"",
                    4 => "12345",
                    _ => """{"title": "t", "text": {"nested": true}, "publishedAt": 20240501}""",
                });
            case 3:
            {
                var line = Encoding.UTF8.GetString(Article(source.Title, source.Text[..Math.Min(source.Text.Length, 500)], date));
                return Encoding.UTF8.GetBytes(random.Next(3) switch
                {
                    0 => line[..random.Next(1, line.Length)],
                    1 => line + "}}}garbage",
                    _ => "{" + line,
                });
            }

            case 4:
                return Article(source.Title, "<html><head><script>alert('x'); document.write('Antony Blinken met Wang Yi');</script><style>p{}</style></head><body><!-- unclosed "
                    + "<p>" + System.Net.WebUtility.HtmlEncode(source.Text[..Math.Min(source.Text.Length, 1500)]) + "</p><iframe src=x></iframe><p>&amp;&lt;&#x0;&#xD800;&bogus;</p>", date);
            case 5:
                return Article(source.Title, Torture(source.Text[..Math.Min(source.Text.Length, 1500)], random), date);
            case 6:
                return Article(source.Title, $"Antony Blinken met Wang Yi in Beijing {RelativeDays[random.Next(RelativeDays.Length)]}. " + source.Text[..Math.Min(source.Text.Length, 800)],
                    CalendarDates[random.Next(CalendarDates.Length)]);
            case 7:
            {
                var wall = new StringBuilder();
                for (var n = 0; n < 120; n++)
                {
                    wall.Append(CultureInfo.InvariantCulture, $"President Aaa{n} Bbb{n % 37} met Minister Ccc{n * 7 % 101} Ddd and Ambassador Eee{n} Fff{n % 13} in Ggg{n % 11}. ");
                }

                return Article("Summit of everyone", wall.ToString(), date);
            }

            case 8:
                return Article(OtherScripts[random.Next(OtherScripts.Length)][..10], string.Join("\n\n", Enumerable.Range(0, 3).Select(_ => OtherScripts[random.Next(OtherScripts.Length)])), date);
            case 9:
                return Article(random.Next(2) == 0 ? "" : "Title only", random.Next(3) switch { 0 => "", 1 => "   \n\n\t ", _ => "\u00a0\u200b" }, date);
            case 10:
                return Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000));
            default:
                return Article(source.Title, "Antony Blinken met " + new string('W', random.Next(5_000, 50_000)) + " in Beijing.", date);
        }
    }

    private static byte[] Article(string title, string text, string? publishedAt) =>
        JsonSerializer.SerializeToUtf8Bytes(new { title, text, publishedAt, source = "hostile feed" });

    private static string Mutate(string text, Random random)
    {
        var sentences = text.Split(". ").ToList();
        for (var i = sentences.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (sentences[i], sentences[j]) = (sentences[j], sentences[i]);
        }

        var mutated = string.Join(". ", sentences);
        mutated = mutated[..random.Next(mutated.Length / 2, mutated.Length + 1)];
        return random.Next(4) == 0 ? mutated.ToUpperInvariant() : mutated;
    }

    private static string Torture(string text, Random random)
    {
        var tricks = new[] { "\u202e", "\u200d", "\u0301\u0301\u0301", "\ud83d\ude00", "\u0000", "\ufeff", "\u2028", "\r", "\u00ad" };
        var builder = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            builder.Append(c);
            if (random.Next(8) == 0)
            {
                builder.Append(tricks[random.Next(tricks.Length)]);
            }
        }

        return builder.Append(new string('\u0301', 2000)).ToString();
    }
}
