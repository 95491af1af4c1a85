using ActorGraph.Core.ReferenceData.OfficeHolders;

namespace ActorGraph.Core.Tests.ReferenceData.OfficeHolders;

public class PartialDateTests
{
    [Theory]
    [InlineData("2018-05-01", "2018-05-01", "2018-05-01", DatePrecision.Day)]
    [InlineData("2018-02", "2018-02-01", "2018-02-28", DatePrecision.Month)]
    [InlineData("2018", "2018-01-01", "2018-12-31", DatePrecision.Year)]
    public void TryParse_SourceForms_GiveTheDaysTheyCouldBe(string text, string earliest, string latest, DatePrecision precision)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), date.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), date.Latest);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2014s")]
    [InlineData("")]
    [InlineData("18")]
    [InlineData("2018-13")]
    [InlineData("2018-02-30")]
    [InlineData(null)]
    public void TryParse_NotADate_IsRefused(string? text) => Assert.False(PartialDate.TryParse(text, out _));
}
