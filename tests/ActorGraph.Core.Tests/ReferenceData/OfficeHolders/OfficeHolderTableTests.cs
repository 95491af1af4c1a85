using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;

namespace ActorGraph.Core.Tests.ReferenceData.OfficeHolders;

/// <summary>The shipped table answers the questions a journalist asks first.</summary>
public class OfficeHolderTableTests
{
    private static readonly OfficeHolderTable Table = OfficeHolderTable.Default;

    private static List<string> Holders(string country, string office, string on) =>
        Table.HoldersOn(country, Table.Kinds.Query(office), PartialDate.Parse(on)!.Value).Where(h => !h.Approximate).Select(h => h.Holder.Name).ToList();

    [Theory]
    [InlineData("CN", "foreign minister", "2018-05-01", "Wang Yi")]
    [InlineData("US", "Secretary of State", "2015-06-01", "John Kerry")]
    [InlineData("GH", "president", "2019-01-01", "Nana Akufo-Addo")]
    [InlineData("US", "president", "2022-03-01", "Joe Biden")]
    [InlineData("GB", "prime minister", "2023-05-04", "Rishi Sunak")]
    [InlineData("GB", "Foreign Secretary", "2023-09-20", "James Cleverly")]
    [InlineData("CN", "foreign minister", "2023-05-01", "Qin Gang")]
    [InlineData("CN", "foreign minister", "2024-05-01", "Wang Yi")]
    [InlineData("CN", "prime minister", "2019-01-01", "Li Keqiang")]
    [InlineData("DE", "chancellor", "2015-01-01", "Angela Merkel")]
    [InlineData("IN", "national security adviser", "2023-01-01", "Ajit Doval")]
    [InlineData("IN", "foreign minister", "2022-05-01", "Subrahmanyam Jaishankar")]
    [InlineData("RU", "foreign minister", "2014-03-06", "Sergey Lavrov")]
    [InlineData("JP", "prime minister", "2017-04-04", "Shinzō Abe")]
    public void HoldersOn_KnownFacts_AreAnswered(string country, string office, string on, string expected) =>
        Assert.Equal([expected], Holders(country, office, on));

    [Fact]
    public void HoldersOn_YearOnlyTerm_AnswersApproximately()
    {
        // world-leaders gives Olaf Scholz's start as "2021" only: a day in 2021 is approximate, 2021 as a year is not.
        var day = Table.HoldersOn("DE", Table.Kinds.Query("Federal Chancellor"), PartialDate.Parse("2021-06-01")!.Value);
        Assert.DoesNotContain(day, h => h.Holder.Name == "Olaf Scholz" && !h.Approximate);
        Assert.Contains(day, h => h.Holder.Name == "Angela Merkel" && !h.Approximate);
    }

    [Fact]
    public void HoldersOn_HandoverDay_GivesTheIncomingHolderCertainly()
    {
        var inauguration = Table.HoldersOn("US", Table.Kinds.Query("president"), PartialDate.Parse("2021-01-20")!.Value);
        Assert.Contains(inauguration, h => h.Holder.Name == "Joe Biden" && !h.Approximate);
        Assert.Contains(inauguration, h => h.Holder.Name == "Donald Trump" && h.Approximate);
    }

    [Fact]
    public void OfficesOn_WangYi_HeldForeignMinisterIn2018()
    {
        var wang = Table.ByWikidataId("Q701801")!;
        Assert.Equal("Wang Yi", wang.Name);
        Assert.Equal("CN", wang.Country);
        Assert.Contains(OfficeHolderTable.OfficesOn(wang, PartialDate.Parse("2018-05-01")!.Value), h => h.Term.Kind == OfficeKind.ForeignMinister);
    }

    [Fact]
    public void ByNameKey_NewsForms_FindThePerson()
    {
        var catalog = ReferenceCatalog.Default;
        Assert.Contains(Table.ByNameKey(catalog.FoldPersonName("Joseph R. Biden")), h => h.WikidataId == "Q6279");
        Assert.Contains(Table.ByNameKey(catalog.FoldPersonName("King Abdullah II")), h => h.Name == "Abdullah II" && h.Country == "JO");
        Assert.Contains(Table.ByNameKey(catalog.FoldPersonName("Ayman al-Safadi")), h => h.Name == "Ayman Safadi");
    }

    [Fact]
    public void Persons_AreOnePerWikidataId_WithUniqueIds()
    {
        Assert.True(Table.Holders.Count > 25_000);
        Assert.Equal(Table.Holders.Count, Table.Holders.Select(h => h.Id).Distinct().Count());
        var withQid = Table.Holders.Where(h => h.WikidataId is not null).ToList();
        Assert.Equal(withQid.Count, withQid.Select(h => h.WikidataId).Distinct().Count());
        Assert.All(Table.Holders.SelectMany(h => h.Terms), t => Assert.True(t.From is null || t.To is null || t.From.Value.Earliest <= t.To.Value.Latest));
    }
}
