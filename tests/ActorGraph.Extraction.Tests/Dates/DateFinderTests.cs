using ActorGraph.Extraction.Dates;

namespace ActorGraph.Extraction.Tests.Dates;

public sealed class DateFinderTests
{
    private static readonly DateOnly Published = new(2023, 10, 12); // a Thursday

    [Theory]
    [InlineData("after their meeting in Tel Aviv, Israel, Thursday, Oct. 12, 2023.", false, "2023-10-12")]
    [InlineData("They met on 3 September 2022 in Kyiv.", false, "2022-09-03")]
    [InlineData("The vote is on 2024-02-29.", false, "2024-02-29")]
    [InlineData("They met on Saturday.", false, "2023-10-07")]
    [InlineData("They will meet on Saturday.", true, "2023-10-14")]
    [InlineData("They spoke yesterday.", false, "2023-10-11")]
    [InlineData("They met on Dec. 30.", false, "2022-12-30")]
    public void Resolve_NewsDateForms_GivesIsoDate(string sentence, bool future, string expected)
    {
        var expression = DateFinder.Find(sentence, Published.Year)[0];

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateFinder.Resolve(expression, Published, future));
    }

    [Fact]
    public void Find_VagueSpan_IsNotADate()
    {
        Assert.Empty(DateFinder.Find("They met last month and will meet again next year.", 2023));
    }

    [Fact]
    public void PublicationDate_WithoutMetadata_ComesFromDateline()
    {
        Assert.Equal(new DateOnly(2023, 10, 17), PublicationDateResolver.Resolve(null, "Title\n\nAMMAN, Oct. 17, 2023 — Jordan cancelled a summit."));
    }

    [Theory]
    [InlineData("0001-01-01", "Blinken met Wang Yi in Beijing on Friday.")]
    [InlineData("9999-12-31", "Blinken will meet Wang Yi in Beijing tomorrow.")]
    [InlineData("0001-01-01T00:00:00Z", "Blinken met Wang Yi in Beijing yesterday.")]
    public void Extract_PublicationDateAtTheEndsOfTheCalendar_IsNoDate_AndNothingThrows(string publishedAt, string sentence)
    {
        var graph = Extract.Text("Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi held talks. " + sentence, publishedAt);

        Assert.Null(PublicationDateResolver.TryParseIso(publishedAt));
        Assert.All(graph.Meetings, m => Assert.Null(m.Date));
    }
}
