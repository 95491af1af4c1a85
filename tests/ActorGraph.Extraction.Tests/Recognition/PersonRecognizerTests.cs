using ActorGraph.Core.Storage;

namespace ActorGraph.Extraction.Tests.Recognition;

public sealed class PersonRecognizerTests
{
    [Theory]
    [InlineData("US Secretary of State Antony Blinken arrived on Monday.", "Antony Blinken", "Secretary of State", "US")]
    [InlineData("Israel's Prime Minister Benjamin Netanyahu spoke on Monday.", "Benjamin Netanyahu", "Prime Minister", "IL")]
    [InlineData("Chinese President Xi Jinping arrived in Moscow.", "Xi Jinping", "President", "CN")]
    [InlineData("The talks were led by Mahmoud Abbas, the Palestinian president, on Monday.", "Mahmoud Abbas", "President", "PS")]
    [InlineData("President of Egypt Abdel Fattah el-Sisi opened the conference.", "Abdel Fattah el-Sisi", "President", "EG")]
    [InlineData("Saudi Crown Prince Mohammed bin Salman received the delegation.", "Mohammed bin Salman", "Crown Prince", "SA")]
    [InlineData("Ursula von der Leyen, the European Commission president, said more aid was coming.", "Ursula von der Leyen", "Commission President", null)]
    public void Extract_TitleOrAppositive_FindsPersonWithOffice(string sentence, string name, string title, string? country)
    {
        var graph = Extract.Text(sentence);

        var person = Assert.Single(graph.Persons);
        Assert.Equal(name, person.Name);
        var office = Assert.Single(person.Offices);
        Assert.Equal(title, office.Title);
        Assert.Equal(country, office.Country);
    }

    [Fact]
    public void Extract_RoyalTitle_KeepsGivenNameAndTitledAlias()
    {
        var graph = Extract.Text("Blinken will visit Jordan to meet with King Abdullah next week.");

        var king = Assert.Single(graph.Persons, p => p.Name == "Abdullah");
        Assert.Contains("King Abdullah", king.Aliases);
        Assert.Equal("King", Assert.Single(king.Offices).Title);
    }

    [Fact]
    public void Extract_BareSurnameAfterFullMention_IsTheSamePerson()
    {
        var graph = Extract.Text("Russian Foreign Minister Sergey Lavrov arrived in Ankara. Lavrov said talks would be difficult.");

        var lavrov = Assert.Single(graph.Persons);
        Assert.Equal("Sergey Lavrov", lavrov.Name);
        Assert.Contains("Lavrov", lavrov.Aliases);
    }

    [Fact]
    public void Extract_KnownActorNamedBySurnameOnly_IsRecognised()
    {
        var known = new[] { new KnownActor("person/antony-blinken", "Antony Blinken", ["Blinken"], "US") };

        var graph = Extract.Text("Blinken met Netanyahu's aides in Tel Aviv.", known: known);

        var person = Assert.Single(graph.Persons);
        Assert.Equal("Antony Blinken", person.Name);
        Assert.Equal("US", person.Country);
    }

    [Fact]
    public void Extract_BylineAndAgencyCredit_AreNotPersons()
    {
        var graph = Extract.Text("Leaders meet\n\nBy\nJane Correspondent\nReuters\n\nGerman Chancellor Olaf Scholz said talks went well.");

        Assert.Equal(["Olaf Scholz"], graph.Persons.Select(p => p.Name));
    }
}
