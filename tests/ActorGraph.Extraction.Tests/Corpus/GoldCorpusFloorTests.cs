using ActorGraph.Core.ReferenceData;
using ActorGraph.Extraction.Evaluation;

namespace ActorGraph.Extraction.Tests.Corpus;

/// <summary>
/// Extraction quality is a test: the sample corpus is scored with the rules of shared/annotation-format.md and the
/// build fails when a score drops below its floor. Floors sit a little under the measured scores (docs/extraction.md).
/// </summary>
public sealed class GoldCorpusFloorTests
{
    [Fact]
    public async Task Evaluate_SampleCorpus_StaysAboveFloors()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples");
        var score = await CorpusEvaluator.EvaluateAsync(folder, null, new ArticleExtractor(ReferenceCatalog.Default), null, TestContext.Current.CancellationToken);

        Assert.True(score.Articles >= 8, $"expected at least 8 gold articles, found {score.Articles}");
        Assert.True(score.Persons.F1 >= 0.95, $"persons F1 {score.Persons.F1:0.000} < 0.95");
        Assert.True(score.Offices.F1 >= 0.85, $"offices F1 {score.Offices.F1:0.000} < 0.85");
        Assert.True(score.Countries.F1 >= 0.92, $"countries F1 {score.Countries.F1:0.000} < 0.92");
        Assert.True(score.Organizations.F1 >= 0.75, $"organizations F1 {score.Organizations.F1:0.000} < 0.75");
        Assert.True(score.MeetingPairs.F1 >= 0.90, $"meeting pairs F1 {score.MeetingPairs.F1:0.000} < 0.90");
        Assert.True(score.MeetingStatus.Accuracy >= 0.90, $"meeting status accuracy {score.MeetingStatus.Accuracy:0.000} < 0.90");
        Assert.True(score.MeetingDate.Accuracy >= 0.80, $"meeting date accuracy {score.MeetingDate.Accuracy:0.000} < 0.80");
    }

    [Fact]
    public void Score_PredictionMissingAMeeting_LowersPairRecall()
    {
        var gold = Core.Annotation.ArticleGraphJson.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "amman-summit-cancelled-2023-10-17.gold.json")));
        var predicted = gold with { Meetings = gold.Meetings.Skip(1).ToList() };

        var score = new AnnotationScorer(ReferenceCatalog.Default).Score(gold, predicted);

        Assert.Equal(7, score.MeetingPairs.Gold);
        Assert.Equal(1, score.MeetingPairs.TruePositives);
        Assert.Equal(1.0, score.MeetingPairs.Precision);
    }
}
