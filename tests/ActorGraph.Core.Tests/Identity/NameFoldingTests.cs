using ActorGraph.Core.Identity;

namespace ActorGraph.Core.Tests.Identity;

public class NameFoldingTests
{
    [Theory]
    [InlineData("Recep Tayyip Erdoğan", "recep tayyip erdogan")]
    [InlineData("Sérgey  Lavrov.", "sergey lavrov")]
    [InlineData("Micheál Martin", "micheal martin")]
    [InlineData("Rastislav Káčer", "rastislav kacer")]
    [InlineData("Bùi Thanh Sơn", "bui thanh son")]
    [InlineData("Radosław Sikorski", "radoslaw sikorski")]
    [InlineData("Jonas Gahr Støre", "jonas gahr store")]
    [InlineData("Lars Løkke Rasmussen", "lars lokke rasmussen")]
    [InlineData("Ayman al-Ṣafadī", "ayman al safadi")]
    [InlineData("O'Brien", "obrien")]
    [InlineData("U.S.", "us")]
    public void Fold_DiacriticsCaseAndPunctuation_DoNotDistinguish(string name, string expected) =>
        Assert.Equal(expected, NameFolding.Fold(name));

    [Fact]
    public void Fold_CombiningMarks_AreDropped() => Assert.Equal("erdogan", NameFolding.Fold("Erdog\u0306an"));
}
