using ActorGraph.Extraction.ReferenceData;

namespace ActorGraph.Extraction.Tests.Recognition;

/// <summary>Offices and countries that news leaves to context: counterparts, datelines, roles, international bodies.</summary>
public sealed class OfficeInferenceTests
{
    [Fact]
    public void Extract_Counterpart_TakesTheOtherOfficeForItsCountry()
    {
        var graph = Extract.Text("Russian Foreign Minister Sergei Lavrov met his Ukrainian counterpart Dmytro Kuleba in Antalya on Thursday.");

        var kuleba = Assert.Single(graph.Persons, p => p.Name == "Dmytro Kuleba");
        Assert.Equal("UA", kuleba.Country);
        var office = Assert.Single(kuleba.Offices);
        Assert.Equal(("Foreign Minister", "UA"), (office.Title, office.Country));
        Assert.Single(graph.Meetings);
    }

    [Theory]
    [InlineData("OTTAWA — Prime Minister Justin Trudeau met U.S. President Joe Biden on Friday.", "Justin Trudeau", "CA")]
    [InlineData("NIAMEY, Niger — Foreign Minister Hassoumi Massaoudou spoke to reporters on Thursday.", "Hassoumi Massaoudou", "NE")]
    [InlineData("NEW DELHI, June 22 — President Droupadi Murmu received the guests.", "Droupadi Murmu", "IN")]
    public void Extract_TitleWithoutCountryUnderDateline_IsTheDatelineCountrys(string text, string name, string country)
    {
        var graph = Extract.Text(text);

        var person = Assert.Single(graph.Persons, p => p.Name == name);
        Assert.Equal(country, person.Country);
        Assert.Equal(country, Assert.Single(person.Offices).Country);
    }

    [Fact]
    public void Extract_NoDateline_LeavesAmbiguousTitleWithoutCountry()
    {
        // Nobody the known officials list: the title alone says no country.
        var graph = Extract.Text("Prime Minister Aldous Wexford spoke to reporters on Friday.");

        Assert.Null(Assert.Single(Assert.Single(graph.Persons).Offices).Country);
    }

    [Fact]
    public void Extract_KnownOfficialWithoutStatedCountry_IsOfTheOfficialsCountry()
    {
        // Justin Trudeau's visits to the United States are in the history-state records (known-officials.json).
        var graph = Extract.Text("Prime Minister Justin Trudeau spoke to reporters on Friday.");

        var trudeau = Assert.Single(graph.Persons);
        Assert.Equal(("CA", "CA"), (trudeau.Country, Assert.Single(trudeau.Offices).Country));
    }

    [Fact]
    public void Extract_TitledSurnameOfOneKnownOfficial_IsOfTheOfficialsCountry_AndAStatedCountryWins()
    {
        var netanyahu = Assert.Single(Extract.Text("Prime Minister Netanyahu spoke to reporters on Friday.").Persons);
        Assert.Equal("IL", netanyahu.Country);

        var stated = Assert.Single(Extract.Text("Italian Prime Minister Justin Trudeau spoke to reporters on Friday.").Persons);
        Assert.Equal("IT", stated.Country);
    }

    [Fact]
    public void Extract_KnownOfficials_DoNotIncludePeopleWhoseCountryTheRecordsOnlyAssumed()
    {
        // Ursula von der Leyen is named on trips to Brussels without a country: the records do not make her Belgian.
        Assert.DoesNotContain(KnownOfficials.Default.Officials, o => o.Name == "Ursula von der Leyen");
        Assert.Contains(KnownOfficials.Default.Officials, o => o.Name == "Kyriakos Mitsotakis" && o.Country == "GR" && o.Offices.Any(x => x.Title == "Prime Minister"));
    }

    [Fact]
    public void Extract_SecretaryOfStateWithoutCountry_IsTheUsOffice()
    {
        var graph = Extract.Text("NIAMEY, Niger — Secretary of State Antony Blinken met President Mohamed Bazoum in Niamey on Thursday.");

        Assert.Equal("US", Assert.Single(graph.Persons, p => p.Name == "Antony Blinken").Country);
        Assert.Equal("NE", Assert.Single(graph.Persons, p => p.Name == "Mohamed Bazoum").Country);
    }

    [Theory]
    [InlineData("Brazil's president received Venezuelan leader Nicolás Maduro on Monday.", "Nicolás Maduro", "VE")]
    [InlineData("The State Department said Blinken informed Wang Yi, China's most senior diplomat, of the decision.", "Wang Yi", "CN")]
    public void Extract_RoleWord_NamesAPersonWithoutAnOffice(string text, string name, string country)
    {
        // The words alone: with the office-holders table the person also gets the office held that day.
        var graph = Extract.TextAlone(text);

        var person = Assert.Single(graph.Persons, p => p.Name == name);
        Assert.Equal(country, person.Country);
        Assert.Empty(person.Offices);
    }

    [Fact]
    public void Extract_OfficeOfAnInternationalBody_HasNoCountryEvenInAHostCountry()
    {
        var graph = Extract.Text("VILNIUS, July 11 — NATO Secretary-General Jens Stoltenberg met Swedish Prime Minister Ulf Kristersson in Vilnius on Monday.");

        var stoltenberg = Assert.Single(graph.Persons, p => p.Name == "Jens Stoltenberg");
        Assert.Null(stoltenberg.Country);
        Assert.Null(Assert.Single(stoltenberg.Offices).Country);
    }

    [Fact]
    public void Extract_CityThatIsAlsoAGivenName_IsThePersonsName()
    {
        var graph = Extract.Text("German Chancellor Olaf Scholz spoke by telephone with Russian President Vladimir Putin on Friday.");

        Assert.Contains(graph.Persons, p => p.Name == "Vladimir Putin");
        Assert.DoesNotContain(graph.Places, p => p.Name == "Vladimir");
    }

    [Fact]
    public void Extract_RegionWithCountryWord_IsNotThatCountry()
    {
        var graph = Extract.Text("Lula joined the presidents of ten other South American countries in Brasília.");

        Assert.DoesNotContain("US", graph.Countries);
        Assert.Contains("BR", graph.Countries);
    }
}
