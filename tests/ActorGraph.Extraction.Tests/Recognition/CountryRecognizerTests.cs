namespace ActorGraph.Extraction.Tests.Recognition;

public sealed class CountryRecognizerTests
{
    [Theory]
    [InlineData("Washington warned Tehran on Monday.", new[] { "US", "IR" })]
    [InlineData("Israeli and Egyptian officials met Palestinians in Gaza.", new[] { "IL", "EG", "PS" })]
    [InlineData("The Israel-Hamas war and Iran-backed groups worried Jordanians.", new[] { "IL", "IR", "JO" })]
    [InlineData("The U.S. and the UK disagreed with Kosovo.", new[] { "US", "GB", "XK" })]
    public void Extract_NamesDemonymsAndCapitals_GiveIsoCodes(string sentence, string[] expected)
    {
        var graph = Extract.Text(sentence);

        Assert.Equal(expected.Order(), graph.Countries.Order());
    }

    [Fact]
    public void Extract_LowercaseUs_IsNotTheUnitedStates()
    {
        var graph = Extract.Text("He told us the Middle East was tense.");

        Assert.Empty(graph.Countries);
    }
}
