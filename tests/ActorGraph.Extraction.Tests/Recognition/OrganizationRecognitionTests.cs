namespace ActorGraph.Extraction.Tests.Recognition;

/// <summary>Bodies named by list and by pattern, as real readouts write them.</summary>
public sealed class OrganizationRecognitionTests
{
    [Theory]
    [InlineData("Officials of the Bureau of East Asian and Pacific Affairs briefed reporters.", "Bureau of East Asian and Pacific Affairs")]
    [InlineData("The Lake Chad Development Fund will pay for the road.", "Lake Chad Development Fund")]
    [InlineData("She praised the Harbour Grain Initiative on Tuesday.", "Harbour Grain Initiative")]
    [InlineData("The Black Sea Shipping Council met in Varna.", "Black Sea Shipping Council")]
    public void Extract_BodyNamedByItsHead_IsOneOrganization(string sentence, string name)
    {
        var graph = Extract.TextAlone(sentence);

        Assert.Contains(graph.Organizations, o => o.Name == name);
    }

    [Fact]
    public void Extract_ListedBodyInsideALongerName_IsTheLongerBody()
    {
        var graph = Extract.TextAlone("President Ana Ruiz convened her National Security Council on Sunday.");

        Assert.Contains(graph.Organizations, o => o.Name == "National Security Council");
        Assert.DoesNotContain(graph.Organizations, o => o.Name == "UN Security Council");
    }

    [Fact]
    public void Extract_BodyNameStopsBeforeTheOfficialWhoFollows()
    {
        var graph = Extract.TextAlone("Speaker of the Council of Representatives Omar Haddad received the envoy in Baghdad.");

        Assert.Contains(graph.Organizations, o => o.Name == "Council of Representatives");
        Assert.Contains(graph.Persons, p => p.Name == "Omar Haddad");
    }

    [Fact]
    public void Extract_ListedBody_IsNamedByItsListedNameWithTheSurfaceFormAsAlias()
    {
        var graph = Extract.TextAlone("The U.N. Security Council will meet on Friday.");

        var council = Assert.Single(graph.Organizations, o => o.Name == "UN Security Council");
        Assert.Contains("U.N. Security Council", council.Aliases);
    }

    [Fact]
    public void Extract_PossessiveCountry_OwnsTheBody()
    {
        var graph = Extract.TextAlone("Norway's Foreign Ministry said the talks would resume.");

        var ministry = Assert.Single(graph.Organizations, o => o.Name == "Foreign Ministry");
        Assert.Equal("NO", ministry.Country);
    }
}
