using ActorGraph.Core.Annotation;
using ActorGraph.Core.ReferenceData;

namespace ActorGraph.Extraction.Evaluation;

/// <summary>Scores every *.gold.json of a folder against a prediction folder or a fresh extraction of the gold article.</summary>
public static class CorpusEvaluator
{
    /// <param name="goldFolder">Folder of <c>*.gold.json</c> files.</param>
    /// <param name="predictionFolder">Predictions with the same names, or null to run <paramref name="extractor"/>.</param>
    /// <param name="extractor">The extractor to score when there is no prediction folder.</param>
    /// <param name="differences">Called with each article's file name and its differences (see <see cref="AnnotationScorer.Differences"/>).</param>
    /// <param name="cancellationToken">Stops between articles.</param>
    public static async Task<CorpusScore> EvaluateAsync(
        string goldFolder,
        string? predictionFolder,
        IArticleExtractor extractor,
        Action<string, IReadOnlyList<string>>? differences,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        var scorer = new AnnotationScorer(ReferenceCatalog.Default);
        var total = CorpusScore.Empty;
        foreach (var file in Directory.EnumerateFiles(goldFolder, "*.gold.json").Order(StringComparer.Ordinal))
        {
            var gold = ArticleGraphJson.Deserialize(await File.ReadAllTextAsync(file, cancellationToken));
            ArticleGraph predicted;
            if (predictionFolder is not null)
            {
                var name = Path.GetFileName(file);
                var candidates = new[] { name, name.Replace(".gold.json", ".json", StringComparison.Ordinal), name.Replace(".gold.json", ".pred.json", StringComparison.Ordinal) };
                var path = candidates.Select(c => Path.Combine(predictionFolder, c)).FirstOrDefault(File.Exists);
                predicted = path is null
                    ? gold with { Persons = [], Organizations = [], Countries = [], Places = [], Meetings = [] }
                    : ArticleGraphJson.Deserialize(await File.ReadAllTextAsync(path, cancellationToken));
            }
            else
            {
                predicted = extractor.Extract(gold.Article, [], cancellationToken);
            }

            total = total.Add(scorer.Score(gold, predicted));
            differences?.Invoke(Path.GetFileName(file), scorer.Differences(gold, predicted));
        }

        return total;
    }
}
