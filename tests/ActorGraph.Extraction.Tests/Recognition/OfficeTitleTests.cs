namespace ActorGraph.Extraction.Tests.Recognition;

/// <summary>How offices are read off real readouts: the title as written, whose country it is, and whose it is not.</summary>
public sealed class OfficeTitleTests
{
    [Theory]
    [InlineData("Secretary of Defense Lionel Marsh flew to Warsaw on Monday.", "Lionel Marsh", "Secretary of Defense")]
    [InlineData("Later, Minister of Foreign Affairs Tove Brandt said the border would stay open.", "Tove Brandt", "Minister of Foreign Affairs")]
    [InlineData("The delegation called on the defense minister, Ivo Radan, at his office.", "Ivo Radan", "Defense Minister")]
    [InlineData("Under Secretary for Political Affairs Carla Benn led the talks.", "Carla Benn", "Under Secretary for Political Affairs")]
    [InlineData("Cabinet Secretary for Foreign Affairs Peter Ondieki arrived late.", "Peter Ondieki", "Cabinet Secretary for Foreign Affairs")]
    public void Extract_SpelledOutTitle_IsKeptAsWritten(string sentence, string name, string title)
    {
        var person = Assert.Single(Extract.TextAlone(sentence).Persons, p => p.Name == name);

        Assert.Equal(title, Assert.Single(person.Offices).Title);
    }

    [Theory]
    [InlineData("President of the Republic of Chile Rosa Ibarra opened the forum.", "Rosa Ibarra", "President", "CL")]
    [InlineData("Rosa Ibarra, President of the Republic of Chile, opened the forum.", "Rosa Ibarra", "President", "CL")]
    [InlineData("Blinken met Foreign Minister Ana Solis of Costa Rica in Washington.", "Ana Solis", "Foreign Minister", "CR")]
    public void Extract_CountryAfterTitleOrName_IsTheOfficesCountryNotPartOfIt(string sentence, string name, string title, string country)
    {
        var person = Assert.Single(Extract.TextAlone(sentence).Persons, p => p.Name == name);

        var office = Assert.Single(person.Offices);
        Assert.Equal((title, country), (office.Title, office.Country));
    }

    [Fact]
    public void Extract_AmbassadorTo_KeepsWhereTheyAreSent_AndTheCountryStaysNamed()
    {
        var graph = Extract.TextAlone("Armenian Ambassador to Slovakia Lusine Avagyan attended the reception.");

        var office = Assert.Single(Assert.Single(graph.Persons).Offices);
        Assert.Equal(("Ambassador to Slovakia", "AM"), (office.Title, office.Country));
        Assert.Contains("SK", graph.Countries);
    }

    [Fact]
    public void Extract_CountryAdjectiveBeforeAList_CoversEveryTitledNameOfIt()
    {
        var graph = Extract.TextAlone("The Secretary will meet Cambodian Prime Minister Sok Vanna and Deputy Prime Minister and Foreign Minister Chea Rith.");

        var rith = Assert.Single(graph.Persons, p => p.Name == "Chea Rith");
        Assert.Equal("KH", rith.Country);
        Assert.Equal(["Deputy Prime Minister", "Foreign Minister"], rith.Offices.Select(o => o.Title).Order());
        Assert.All(rith.Offices, o => Assert.Equal("KH", o.Country));
    }

    [Fact]
    public void Extract_InternationalTitleAfterACountrysList_ActsForNoCountry()
    {
        var graph = Extract.TextAlone("British Prime Minister Tom Hale and European Commission President Ilse Brandauer met at Windsor.");

        var brandauer = Assert.Single(graph.Persons, p => p.Name == "Ilse Brandauer");
        Assert.Null(brandauer.Country);
        Assert.Equal(("Commission President", null), (brandauer.Offices[0].Title, brandauer.Offices[0].Country));
    }

    [Fact]
    public void Extract_OfficeWithoutCountry_TakesThePersonsCountry()
    {
        var graph = Extract.TextAlone("Kenyan President Daniel Omondi met Cabinet Secretary Ruth Wekesa in Nairobi. Omondi, who is also Commander in Chief, said little.");

        var omondi = Assert.Single(graph.Persons, p => p.Name == "Daniel Omondi");
        Assert.All(omondi.Offices, o => Assert.Equal("KE", o.Country));
    }

    [Fact]
    public void Extract_SpokespersonOfAReadout_SpeaksForItsGovernment_ButNotInANewsStory()
    {
        var readout = Extract.TextAlone("The following is attributable to Spokesperson Nora Vale: Japanese Foreign Minister Kenji Sato met the delegation.");
        var story = Extract.TextAlone("Spokesperson Nora Vale said the talks went well. Japanese Foreign Minister Kenji Sato met the delegation.");

        Assert.Equal("JP", Assert.Single(readout.Persons, p => p.Name == "Nora Vale").Offices[0].Country);
        Assert.Null(Assert.Single(story.Persons, p => p.Name == "Nora Vale").Offices[0].Country);
    }

    [Fact]
    public void Extract_FullNameOfAKnownOfficial_IsAPersonWithoutAnyCue()
    {
        var graph = Extract.Text("Vladimir Putin had a telephone conversation about grain exports.", publishedAt: "2022-07-01");

        var putin = Assert.Single(graph.Persons);
        Assert.Equal("Vladimir Putin", putin.Name);
        Assert.Equal("RU", putin.Country);
        Assert.Empty(Extract.TextAlone("Vladimir Putin had a telephone conversation about grain exports.").Persons);
    }
}
