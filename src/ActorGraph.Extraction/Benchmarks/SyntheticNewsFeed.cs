using ActorGraph.Core.Annotation;

namespace ActorGraph.Extraction.Benchmarks;

/// <summary>
/// An endless, reproducible feed of realistic articles for throughput runs: each is a headline and paragraphs drawn
/// (with a fixed seed) from real annotated articles until it reaches the target size, so the extractor sees the
/// titles, names, datelines and meeting sentences of real news in new combinations.
/// </summary>
public sealed class SyntheticNewsFeed
{
    private readonly List<string> _titles;
    private readonly List<string> _paragraphs;
    private readonly int _targetBytes;

    public SyntheticNewsFeed(IEnumerable<ArticleInfo> sources, int targetBytes)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var articles = sources.ToList();
        _titles = articles.Select(a => a.Title).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        _paragraphs = articles.SelectMany(a => a.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1)).ToList();
        if (_titles.Count == 0 || _paragraphs.Count == 0)
        {
            throw new ArgumentException("The feed needs at least one article with a title and a paragraph.", nameof(sources));
        }

        _targetBytes = targetBytes;
    }

    public IEnumerable<ArticleInfo> Articles(int count, int seed)
    {
        var random = new Random(seed);
        var text = new System.Text.StringBuilder(_targetBytes + 1024);
        for (var i = 0; i < count; i++)
        {
            text.Clear();
            var title = _titles[random.Next(_titles.Count)];
            text.Append(title).Append("\n\n");
            while (text.Length < _targetBytes)
            {
                text.Append(_paragraphs[random.Next(_paragraphs.Count)]).Append("\n\n");
            }

            var published = new DateOnly(2020, 1, 1).AddDays(random.Next(2000));
            yield return new ArticleInfo(title, text.ToString(), PublishedAt: published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
