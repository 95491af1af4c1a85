using ActorGraph.Core.ReferenceData.OfficeHolders;
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

    [Fact]
    public void Ambiguous_NamesEachCandidatesLatestOfficeOfTheTable_ElseTheLastOneASourceStated()
    {
        var condoleezza = People[2].Item1;
        var susan = new PersonSummary("person/susan-rice", "Susan Rice", "US", []);
        var offices = new Dictionary<string, IReadOnlyList<OfficeHeld>>
        {
            [condoleezza.Id] =
            [
                new("Secretary of State", "US", null, OfficeKind.ForeignMinister, "2005-01-26", "2009-01-20", null, "wikidata"),
                new("National Security Advisor", "US", null, OfficeKind.Other, "2001-01-22", "2005-01-25", null, "wikidata"),
            ],
            [susan.Id] = [new("Ambassador to the United Nations", "US", "2012-09-16", OfficeKind.Other, null, null, null, OfficeHeld.ArticleSource)],
        };

        var ambiguous = PersonResolutionException.Ambiguous("Rice", [condoleezza, susan], offices);

        Assert.StartsWith("\"Rice\" could mean Condoleezza Rice (United States, Secretary of State), Susan Rice (United States, Ambassador to the United Nations); ",
            ambiguous.Message, StringComparison.Ordinal);
    }
}
