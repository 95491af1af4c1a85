using ActorGraph.Core.Model;

namespace ActorGraph.Extraction.Tests.Recognition;

/// <summary>The extractor and the office-holders table: known officials, titles without names, namesakes.</summary>
public class OfficeHolderLinkerTests
{
    [Fact]
    public void Extract_TitleWithCountryAndNoName_IsTheHolderThatDay()
    {
        var graph = Extract.Text("The Chinese foreign minister met Secretary of State Mike Pompeo in Washington on Friday.", publishedAt: "2019-05-13");

        var wang = Assert.Single(graph.Persons, p => p.Name == "Wang Yi");
        Assert.Equal(("CN", "Q701801"), (wang.Country, wang.WikidataId));
        var meeting = Assert.Single(graph.Meetings);
        Assert.Equal(["Wang Yi", "Mike Pompeo"], meeting.Participants);
        Assert.Equal((MeetingStatus.Held, "2019-05-10"), (meeting.Status, meeting.Date));
    }

    [Theory]
    [InlineData("2019-01-01", "Theresa May")]
    [InlineData("2023-05-04", "Rishi Sunak")]
    [InlineData("2024-09-01", "Keir Starmer")]
    public void Extract_TitleWithCountry_FollowsTheTermsOfOffice(string date, string holder)
    {
        var graph = Extract.Text("Britain's prime minister said the talks had been useful.", publishedAt: date);
        Assert.Equal(holder, Assert.Single(graph.Persons).Name);
    }

    [Fact]
    public void Extract_TitleWithoutCountry_NamesNoOne()
    {
        var graph = Extract.Text("The Foreign Secretary met Tánaiste Simon Coveney today.", publishedAt: "2018-01-31");
        Assert.Equal("Simon Coveney", Assert.Single(graph.Persons).Name);
    }

    [Fact]
    public void Extract_NamedPersonAndTheirTitleLater_AreOnePerson()
    {
        var graph = Extract.Text("The Foreign Secretary met Tánaiste Simon Coveney today. The Foreign Secretary and the Irish Foreign Minister discussed the border.", publishedAt: "2018-01-31");
        var coveney = Assert.Single(graph.Persons);
        Assert.Equal(("Simon Coveney", "IE"), (coveney.Name, coveney.Country));
    }

    [Theory]
    [InlineData("2015-06-01", "Vice President")]
    [InlineData("2022-06-01", "President")]
    public void Extract_KnownOfficialWithoutStatedOffice_GetsTheOfficeOfTheDay(string date, string office)
    {
        var graph = Extract.Text("Joe Biden said the alliance was strong.", publishedAt: date);
        var biden = Assert.Single(graph.Persons);
        Assert.Equal(("US", "Q6279"), (biden.Country, biden.WikidataId));
        Assert.Equal(office, Assert.Single(biden.Offices).Title);
    }

    [Fact]
    public void Extract_StatedOffice_IsKept()
    {
        var graph = Extract.Text("Senator Joe Biden said the alliance was strong.", publishedAt: "2005-06-01");
        Assert.DoesNotContain(Assert.Single(graph.Persons).Offices, o => o.Title == "President");
    }

    [Fact]
    public void Extract_TitledSurname_IsTheHolderWithThatName()
    {
        var graph = Extract.Text("President Zelenskyy said Kyiv needed air defence.", publishedAt: "2022-04-24");
        var zelenskyy = Assert.Single(graph.Persons);
        Assert.Equal(("UA", "Q3874799"), (zelenskyy.Country, zelenskyy.WikidataId));
    }

    [Theory]
    [InlineData("Malian Foreign Minister Abdoulaye Diop said the talks had been useful.", "ML")]
    [InlineData("Senegal's minister Abdoulaye Diop said the talks had been useful.", "SN")]
    [InlineData("Foreign Minister Abdoulaye Diop said the talks had been useful.", "ML")]
    public void Extract_Namesakes_AreToldApartByCountryAndOffice(string text, string country)
    {
        var diop = Assert.Single(Extract.Text(text, publishedAt: "2022-03-01").Persons);
        Assert.Equal(country, diop.Country);
        Assert.NotNull(diop.WikidataId);
    }

    [Fact]
    public void Extract_NamesakeOfUnknownSide_IsNotLinked()
    {
        var diop = Assert.Single(Extract.Text("Abdoulaye Diop said the talks had been useful.", publishedAt: "2022-03-01").Persons);
        Assert.Null(diop.WikidataId);
    }

    [Fact]
    public void Extract_StatedNationality_BeatsTheTable()
    {
        var graph = Extract.Text("Cambodian official Joe Biden said the road was open.", publishedAt: "2022-06-01");
        var person = Assert.Single(graph.Persons);
        Assert.Equal("KH", person.Country);
        Assert.Null(person.WikidataId);
    }

    [Fact]
    public void Extract_InternationalPostOnTheDay_ActsForNoCountry()
    {
        var graph = Extract.Text("Ursula von der Leyen said Europe would help.", publishedAt: "2023-03-01");
        var person = Assert.Single(graph.Persons);
        Assert.Null(person.Country);
    }

    [Theory]
    [InlineData("Secretary of State Michael R. Pompeo said the talks were useful.", "2019-03-01", "Q473239")] // the table writes "Mike Pompeo"
    [InlineData("President-elect Ferdinand Marcos Jr. said the talks were useful.", "2022-06-03", "Q983324")] // the son, not the father "Ferdinand Marcos"
    [InlineData("Sheikh Mohamed bin Zayed bin Sultan Al Nahyan said the talks were useful.", "2021-06-16", "Q1951896")] // the grandfather's name dropped
    public void Extract_NameAsReleasesWriteIt_IsTheTablesOfficial(string text, string date, string wikidataId)
    {
        var person = Assert.Single(Extract.Text(text, publishedAt: date).Persons);
        Assert.Equal(wikidataId, person.WikidataId);
    }

    [Fact]
    public void Extract_TitleWordAfterAnHonorificOrBin_IsPartOfTheName()
    {
        var graph = Extract.Text("Kerry met Dr. Sultan Al Jaber and Sheikh Mohamed bin Zayed bin Sultan Al Nahyan in Abu Dhabi.", publishedAt: "2021-06-16");
        Assert.Contains(graph.Persons, p => p.Name == "Sultan Al Jaber");
        Assert.Contains(graph.Persons, p => p.Name == "Mohamed bin Zayed bin Sultan Al Nahyan");
        Assert.DoesNotContain(graph.Persons, p => p.Name is "Al Jaber" or "Al Nahyan" or "Mohamed bin Zayed bin");
    }

    [Fact]
    public void Extract_ShortTitleAfterItsLongForm_IsTheSameOffice()
    {
        var graph = Extract.Text(
            "Pompeo spoke with Politburo Member of the CPC Central Committee Yang Jiechi. Pompeo and Politburo Member Yang discussed trade.", publishedAt: "2018-05-05");
        var yang = Assert.Single(graph.Persons, p => p.Name == "Yang Jiechi");
        Assert.Equal(["Politburo Member of the CPC Central Committee"], yang.Offices.Select(o => o.Title));
    }
}
