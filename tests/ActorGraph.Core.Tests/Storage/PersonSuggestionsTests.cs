using ActorGraph.Core.Storage;

namespace ActorGraph.Core.Tests.Storage;

public sealed class PersonSuggestionsTests
{
    private static readonly (PersonSummary, string)[] People =
    [
        (new PersonSummary("person/antony-blinken", "Antony Blinken", "US", []), "antony blinken"),
        (new PersonSummary("person/chou-en-lai", "Chou En-lai", "CN", []), "chou en lai"),
        (new PersonSummary("person/condoleezza-rice", "Condoleezza Rice", "US", []), "condoleezza rice"),
        (new PersonSummary("person/boris-johnson", "Boris Johnson", "GB", []), "boris johnson"),
    ];

    [Theory]
    [InlineData("blinkin", "Antony Blinken")]
    [InlineData("zhou enlai", "Chou En-lai")]
    [InlineData("condolezza rice", "Condoleezza Rice")]
    public void Rank_OffersThePersonAFewEditsAway(string key, string expected) =>
        Assert.Equal(expected, Assert.Single(PersonSuggestions.Rank(key, People)).Name);

    [Theory]
    [InlineData("xyzzy qwerty")]
    [InlineData("bl")]
    public void Rank_OffersNobody_WhenNoNameIsClose(string key) => Assert.Empty(PersonSuggestions.Rank(key, People));

    [Fact]
    public void UnknownAndAmbiguous_NamePeopleByNameAndCountry()
    {
        var unknown = PersonResolutionException.Unknown("Blinkin", [People[0].Item1]);
        var ambiguous = PersonResolutionException.Ambiguous("Rice", [People[2].Item1, new PersonSummary("person/susan-rice", "Susan Rice", "US", [])]);

        Assert.Equal("No person called \"Blinkin\" is in the graph. Did you mean Antony Blinken (United States)?", unknown.Message);
        Assert.StartsWith("\"Rice\" could mean Condoleezza Rice (United States), Susan Rice (United States); use a fuller name, or an id: person/condoleezza-rice", ambiguous.Message, StringComparison.Ordinal);
    }
}
