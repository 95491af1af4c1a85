using ActorGraph.Core.Model;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using ActorGraph.Core.Storage;

namespace ActorGraph.Core.Tests.Storage;

/// <summary>
/// The read side every store shares, over a store of a few lists. The stores' own reads are held to the same answers
/// by the conformance suite (tests/ActorGraph.Storage.Tests); these check what <see cref="GraphQueries"/> adds.
/// </summary>
public sealed class GraphQueriesTests
{
    private static readonly PersonSummary Anna = new("person/anna-lotuosdor", "Anna Lotuosdor", "FR", []);
    private static readonly PersonSummary Brom = new("person/brom-ekvist", "Brom Ekvist", "SE", ["B. Ekvist"]);
    private static readonly PersonSummary Cato = new("person/cato-mirren", "Cato Mirren", "NO", []);

    private static readonly MeetingRecord[] Meetings =
    [
        Meeting("meeting/1", "2021-03-04", Anna, Brom),
        Meeting("meeting/2", "2019-05-06", Anna, Cato),
        Meeting("meeting/3", "2022-07-08", Brom, Anna),
        Meeting("meeting/4", null, Cato, Brom),
    ];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WhoMet_RanksCounterpartsByMeetings_ThenByFirstDate()
    {
        var queries = Over(new ListGraphReads([Anna, Brom, Cato], Meetings));

        var result = await queries.WhoMetAsync("Anna Lotuosdor", null, null, null, Cancellation);

        Assert.Equal(Anna, result.Person);
        Assert.Equal(["Brom Ekvist", "Cato Mirren"], result.Counterparts.Select(c => c.Person.Name));
        Assert.Equal((2, "2021-03-04", "2022-07-08"), (result.Counterparts[0].Count, result.Counterparts[0].FirstDate, result.Counterparts[0].LastDate));
    }

    [Theory]
    [InlineData("ekvist", "Brom Ekvist")] // one word: a surname
    [InlineData("B. Ekvist", "Brom Ekvist")] // an alias
    [InlineData("  anna LOTUOSDOR ", "Anna Lotuosdor")] // as people type it
    [InlineData("person/cato-mirren", "Cato Mirren")]
    public async Task ResolvePerson_FindsByNameAliasSurnameOrId(string text, string expected)
    {
        var queries = Over(new ListGraphReads([Anna, Brom, Cato], Meetings));

        Assert.Equal(expected, (await queries.ResolvePersonAsync(text, Cancellation)).Name);
    }

    [Fact]
    public async Task ResolvePerson_OfAnUnknownName_SuggestsTheNearestNames()
    {
        var queries = Over(new ListGraphReads([Anna, Brom, Cato], Meetings));

        var error = await Assert.ThrowsAsync<PersonResolutionException>(() => queries.ResolvePersonAsync("Ana Lotuosdor", Cancellation));

        Assert.Equal(Anna.Id, Assert.Single(error.Candidates).Id);
    }

    [Fact]
    public async Task CounterpartPage_IsTheStoresRanking_WhenTheStoreRanks()
    {
        var ranked = new CounterpartPage([new Counterpart(Cato, 9, null, null, [])], 41);
        var store = new ListGraphReads([Anna, Brom, Cato], Meetings) { RankedPage = ranked };

        var page = await Over(store).CounterpartPageAsync(Anna.Id, null, null, null, 0, 1, Cancellation);

        Assert.Same(ranked, page);
    }

    [Fact]
    public async Task CounterpartPage_IsCutFromTheWholeList_WhenTheStoreDoesNotRank_OrAnOfficeIsAsked()
    {
        var store = new ListGraphReads([Anna, Brom, Cato], Meetings) { RankedPage = null };
        store.Offices.Add((Cato.Id, new OfficeHeld("Foreign Minister", "NO", null, OfficeKind.ForeignMinister, "2018", "2020", Source: "wikidata")));
        var queries = Over(store);

        var all = await queries.CounterpartPageAsync(Anna.Id, null, null, null, 1, 5, Cancellation);
        store.RankedPage = new CounterpartPage([], 0); // a store ranking cannot know who held an office on each day
        var ministers = await queries.CounterpartPageAsync(Anna.Id, null, null, "foreign minister", 0, 5, Cancellation);

        Assert.Equal((2, "Cato Mirren"), (all.Total, Assert.Single(all.Counterparts).Person.Name));
        Assert.Equal((1, "Cato Mirren"), (ministers.Total, Assert.Single(ministers.Counterparts).Person.Name));
        Assert.Equal(1, store.RankedPageRequests);
    }

    [Fact]
    public async Task MeetingPage_WithoutAStorePage_CutsTheListAfterTheCursor()
    {
        var queries = Over(new ListGraphReads([Anna, Brom, Cato], Meetings));

        var page = await queries.MeetingPageAsync(new MeetingFilter(Participant: "Brom Ekvist"), new MeetingCursor("2021-03-04", "meeting/1"), 1, true, Cancellation);

        Assert.Equal(["meeting/3"], page.Meetings.Select(m => m.Id));
        Assert.True(page.HasMore); // the undated meeting comes last
        Assert.Equal(3, page.Total);
    }

    [Fact]
    public async Task Connection_FollowsMeetingsThatTookPlace()
    {
        var meetings = Meetings.Append(Meeting("meeting/5", "2023-01-01", Anna, Cato) with { Status = MeetingStatus.Cancelled }).ToArray();
        var other = new PersonSummary("person/dana-quell", "Dana Quell", "FI", []);
        var queries = Over(new ListGraphReads([Anna, Brom, Cato, other], [.. meetings, Meeting("meeting/6", "2020-01-01", Cato, other)]));

        var path = await queries.ConnectionAsync(Anna.Id, other.Id, 3, Cancellation);

        Assert.NotNull(path);
        Assert.Equal(["Anna Lotuosdor", "Cato Mirren", "Dana Quell"], path.Persons.Select(p => p.Name));
        Assert.Equal(["meeting/2", "meeting/6"], path.Meetings.Select(m => m.Id));
    }

    private static GraphQueries Over(IGraphReads reads) => new(reads, ReferenceCatalog.Default, TimeProvider.System);

    private static MeetingRecord Meeting(string id, string? date, params PersonSummary[] people) =>
        new(id, date, MeetingStatus.Held, MeetingMode.InPerson, null, null, people.Select(p => p.Id).Order(StringComparer.Ordinal).ToList());
}
