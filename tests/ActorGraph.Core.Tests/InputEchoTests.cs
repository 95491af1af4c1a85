namespace ActorGraph.Core.Tests;

public sealed class InputEchoTests
{
    [Fact]
    public void Quote_ShortText_IsWhole() => Assert.Equal("\"Antony Blinken\"", InputEcho.Quote("Antony Blinken"));

    [Fact]
    public void Quote_LongText_IsCutWithItsLength()
    {
        var quoted = InputEcho.Quote(new string('a', 10_000));

        Assert.Equal("\"" + new string('a', InputEcho.MaxQuoted) + "…\" (10,000 characters)", quoted);
    }

    [Fact]
    public void Quote_Null_IsEmptyQuotes() => Assert.Equal("\"\"", InputEcho.Quote(null));
}
