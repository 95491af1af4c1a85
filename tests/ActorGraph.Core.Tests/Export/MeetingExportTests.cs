using ActorGraph.Core.Export;

namespace ActorGraph.Core.Tests.Export;

public sealed class MeetingExportTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("Tokyo", "Tokyo")]
    [InlineData("Blinken, Motegi", "\"Blinken, Motegi\"")]
    [InlineData("He said \"yes\".", "\"He said \"\"yes\"\".\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1 555", "'+1 555")]
    [InlineData("-2 days", "'-2 days")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    public void Cell_QuotesAsRfc4180_AndDisarmsFormulas(string? value, string expected) =>
        Assert.Equal(expected, MeetingExport.Cell(value));
}
