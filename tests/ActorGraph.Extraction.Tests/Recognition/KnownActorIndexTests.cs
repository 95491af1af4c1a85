using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.Storage;
using ActorGraph.Extraction.Recognition;

namespace ActorGraph.Extraction.Tests.Recognition;

public sealed class KnownActorIndexTests
{
    private static readonly KnownActor Blinken = new("person/antony-blinken", "Antony Blinken", ["Tony Blinken"], "US");
    private static readonly KnownActor Lavrov = new("person/sergey-lavrov", "Sergey Lavrov", [], "RU");

    [Theory]
    [InlineData("antony blinken")]
    [InlineData("tony blinken")]
    [InlineData("blinken")]
    public void Find_ByNameAliasOrSurname_GivesTheOnePerson(string folded)
    {
        var index = KnownActorIndex.Empty(ReferenceCatalog.Default).With([Blinken, Lavrov]);

        Assert.Same(Blinken, index.Find(folded));
    }

    [Fact]
    public void Find_ASurnameTwoPeopleShare_GivesNobody()
    {
        var index = KnownActorIndex.Empty(ReferenceCatalog.Default).With([Blinken, new KnownActor("person/donald-blinken", "Donald Blinken", [], "US")]);

        Assert.Null(index.Find("blinken"));
        Assert.Same(Blinken, index.Find("antony blinken"));
    }

    [Fact]
    public void With_LeavesTheEarlierSnapshotAsItWas()
    {
        var before = KnownActorIndex.Empty(ReferenceCatalog.Default).With([Blinken]);

        var after = before.With([Lavrov]);

        Assert.Null(before.Find("lavrov"));
        Assert.False(before.HasName("Sergey Lavrov"));
        Assert.Same(Lavrov, after.Find("lavrov"));
        Assert.True(after.HasName("sergey LAVROV"));
        Assert.Equal([Blinken], before);
        Assert.Equal([Blinken, Lavrov], after);
    }

    [Fact]
    public void Of_AnIndexAlready_IsThatIndex_AndOfAList_FoldsIt()
    {
        var index = KnownActorIndex.Empty(ReferenceCatalog.Default).With([Blinken]);

        Assert.Same(index, KnownActorIndex.Of(ReferenceCatalog.Default, index));
        Assert.Same(Lavrov, KnownActorIndex.Of(ReferenceCatalog.Default, [Lavrov]).Find("sergey lavrov"));
    }
}
