using ActorGraph.Core.Annotation;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;

namespace ActorGraph.Extraction.Tests;

/// <summary><c>extract --explain</c>: each person, office and meeting comes with the rule that produced it.</summary>
public sealed class ExplainTests
{
    private static readonly ArticleExtractor Extractor = new(ReferenceCatalog.Default, OfficeHolderTable.Default);

    [Fact]
    public void Explain_SaysWhichRuleFoundEachFact()
    {
        var article = new ArticleInfo("Talks", "Foreign Minister Lena Voss of Austria met Dara Quill, the Irish foreign minister, in Vienna on Monday. Voss said the talks went well.", PublishedAt: "2023-03-08");

        var explained = Extractor.Explain(article, [], TestContext.Current.CancellationToken);

        Assert.Equal(
            Extractor.Extract(article, [], TestContext.Current.CancellationToken).Meetings.Select(Describe),
            explained.Graph.Meetings.Select(Describe));
        Assert.Contains(explained.Reasons, r => r is { Kind: "person", Subject: "Lena Voss" } && r.Rule.Contains("title before the name", StringComparison.Ordinal));
        Assert.Contains(explained.Reasons, r => r is { Kind: "person", Subject: "Dara Quill" } && r.Rule.Contains("apposition", StringComparison.Ordinal));
        Assert.Contains(explained.Reasons, r => r is { Kind: "office", Subject: "Lena Voss: Foreign Minister of AT", Rule: "as the text writes it" });
        var meeting = Assert.Single(explained.Reasons, r => r.Kind == "meeting");
        Assert.StartsWith("'met': subject meets object", meeting.Rule, StringComparison.Ordinal);
    }

    private static string Describe(MeetingMention meeting) =>
        $"{string.Join('+', meeting.Participants)} {meeting.Status} {meeting.Mode} {meeting.Date} {meeting.Place}";

    [Fact]
    public void Explain_OfficeFromTheTable_SaysSoWithTheDay()
    {
        var article = new ArticleInfo("Talks", "Antony Blinken met Dara Quill, the Irish foreign minister, in Dublin on Monday.", PublishedAt: "2023-03-08");

        var explained = Extractor.Explain(article, [], TestContext.Current.CancellationToken);

        Assert.Contains(explained.Reasons, r => r.Kind == "office" && r.Subject.StartsWith("Antony Blinken:", StringComparison.Ordinal)
            && r.Rule == "from the office-holders table, held on 2023-03-08");
    }
}
