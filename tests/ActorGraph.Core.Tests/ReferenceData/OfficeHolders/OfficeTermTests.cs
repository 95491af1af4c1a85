using ActorGraph.Core.ReferenceData.OfficeHolders;

namespace ActorGraph.Core.Tests.ReferenceData.OfficeHolders;

public class OfficeTermTests
{
    private static OfficeTerm Term(string? from, string? to, string? confirmed = null) =>
        new("person/x", OfficeKind.ForeignMinister, "Minister of Foreign Affairs", "CN", PartialDate.Parse(from), PartialDate.Parse(to),
            confirmed is null ? null : DateOnly.Parse(confirmed, System.Globalization.CultureInfo.InvariantCulture), "wikidata");

    private static PartialDate Day(string text) => PartialDate.Parse(text)!.Value;

    [Theory]
    [InlineData("2013-03-17", "2022-12-30", "2018-05-01", TermMatch.Yes)]
    [InlineData("2013-03-17", "2022-12-30", "2013-03-16", TermMatch.No)]
    [InlineData("2013-03-17", "2022-12-30", "2013-03-17", TermMatch.Yes)]
    [InlineData("2013-03-17", "2022-12-30", "2022-12-30", TermMatch.Approximately)]
    [InlineData("2013-03-17", "2022-12-30", "2022-12-31", TermMatch.No)]
    [InlineData("2018", "2020", "2018-05-01", TermMatch.Approximately)]
    [InlineData("2018", "2020", "2019-05-01", TermMatch.Yes)]
    [InlineData("2018", "2020", "2017-12-31", TermMatch.No)]
    [InlineData("2018", "2020", "2018", TermMatch.Yes)]
    [InlineData("2018-05", "2020", "2018-05-20", TermMatch.Approximately)]
    public void Covers_PartialDates_AreHonestAboutPrecision(string from, string to, string on, TermMatch expected) =>
        Assert.Equal(expected, Term(from, to).Covers(Day(on)));

    [Fact]
    public void Covers_OpenTerm_IsCertainOnlyUntilConfirmed()
    {
        var term = Term("2013-03-17", null, confirmed: "2022-07-11");
        Assert.Equal(TermMatch.Yes, term.Covers(Day("2022-07-11")));
        Assert.Equal(TermMatch.Approximately, term.Covers(Day("2024-01-01")));
        Assert.Equal(TermMatch.No, term.Covers(Day("2010-01-01")));
    }

    [Fact]
    public void Covers_UnknownStart_IsNeverCertain() =>
        Assert.Equal(TermMatch.Approximately, Term(null, "2020-01-01").Covers(Day("2019-01-01")));
}
