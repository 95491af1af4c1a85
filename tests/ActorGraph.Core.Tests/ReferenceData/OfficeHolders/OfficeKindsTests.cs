using ActorGraph.Core.ReferenceData.OfficeHolders;

namespace ActorGraph.Core.Tests.ReferenceData.OfficeHolders;

public class OfficeKindsTests
{
    private static readonly OfficeKinds Kinds = OfficeKinds.Default;

    [Theory]
    [InlineData("Minister of Foreign Affairs", "CN", OfficeKind.ForeignMinister)]
    [InlineData("Minister for Europe and Foreign Affairs", "FR", OfficeKind.ForeignMinister)]
    [InlineData("Secretary of State", "US", OfficeKind.ForeignMinister)]
    [InlineData("Secretary of State for Foreign and Commonwealth Affairs", "GB", OfficeKind.ForeignMinister)]
    [InlineData("Minister of International Relations and Cooperation", "ZA", OfficeKind.ForeignMinister)]
    [InlineData("Minister of State for Foreign Affairs", "GB", OfficeKind.DeputyMinister)]
    [InlineData("Deputy Minister of Foreign Affairs", "RU", OfficeKind.DeputyMinister)]
    [InlineData("Chair of the Committee on Foreign Affairs", "US", OfficeKind.Other)]
    [InlineData("Minister of Foreign Affairs", "IN", OfficeKind.Other)]
    [InlineData("President", "GH", OfficeKind.HeadOfState)]
    [InlineData("President of the Senate", "FR", OfficeKind.Other)]
    [InlineData("Vice President", "US", OfficeKind.VicePresident)]
    [InlineData("Prime Minister", "GB", OfficeKind.HeadOfGovernment)]
    [InlineData("Premier", "CN", OfficeKind.HeadOfGovernment)]
    [InlineData("Deputy Prime Minister", "GB", OfficeKind.DeputyHeadOfGovernment)]
    [InlineData("Emir", "KW", OfficeKind.HeadOfState)]
    [InlineData("Emir of Abu Dhabi", "AE", OfficeKind.Other)]
    [InlineData("Queen consort", "GB", OfficeKind.Other)]
    [InlineData("Minister of Defence", "RU", OfficeKind.DefenceMinister)]
    [InlineData("Minister of Defence Industry", "AZ", OfficeKind.Minister)]
    [InlineData("National Security Advisor", "US", OfficeKind.NationalSecurityAdviser)]
    [InlineData("ambassador to France", "DE", OfficeKind.Ambassador)]
    [InlineData("Minister of Health", "FR", OfficeKind.Minister)]
    [InlineData("First Lady", "US", OfficeKind.Other)]
    public void Classify_TitlesAsCountriesWriteThem_GiveTheirKind(string title, string country, OfficeKind expected) =>
        Assert.Equal(expected, Kinds.Classify(title, country));

    [Theory]
    [InlineData("foreign minister", OfficeKind.ForeignMinister, null)]
    [InlineData("Minister of Foreign Affairs", OfficeKind.ForeignMinister, null)]
    [InlineData("president", OfficeKind.HeadOfState, "president")]
    [InlineData("prime minister", OfficeKind.HeadOfGovernment, null)]
    [InlineData("National Security Adviser", OfficeKind.NationalSecurityAdviser, null)]
    public void Query_UserWords_NameKindAndTitle(string text, OfficeKind kind, string? titleWord)
    {
        var query = Kinds.Query(text);
        Assert.Equal(kind, query.Kind);
        Assert.Equal(titleWord, query.TitleWord);
    }

    [Fact]
    public void Query_President_DoesNotAskForKings()
    {
        var query = Kinds.Query("president");
        Assert.True(query.HasKind(OfficeKind.HeadOfState, "Federal President"));
        Assert.False(query.HasKind(OfficeKind.HeadOfState, "King"));
    }

    [Fact]
    public void Text_RoundTrips() =>
        Assert.All(Enum.GetValues<OfficeKind>(), k => Assert.Equal(k, OfficeKinds.Parse(OfficeKinds.Text(k))));
}
