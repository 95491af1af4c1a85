using ActorGraph.Core.Annotation;
using ActorGraph.Core.Model;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using ActorGraph.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Storage.Tests.Conformance;

/// <summary>
/// The office-holders table in every store: loaded with a new store, asked who held an office when, linked to the
/// people articles name (one person per Wikidata item), and used to filter counterparts by office.
/// </summary>
public abstract class OfficeHolderConformanceTests(StoreUnderTest target)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("CN", "foreign minister", "2018-05-01", "Wang Yi")]
    [InlineData("Chinese", "Minister of Foreign Affairs", "2018-05-01", "Wang Yi")]
    [InlineData("US", "Secretary of State", "2015-06-01", "John Kerry")]
    [InlineData("GH", "president", "2019-01-01", "Nana Akufo-Addo")]
    [InlineData("Britain", "prime minister", "2023-05-04", "Rishi Sunak")]
    [InlineData("IN", "national security adviser", "2023-01-01", "Ajit Doval")]
    public async Task OfficeHolders_OnTheSampleStore_AnswerWhoHeldTheOffice(string country, string office, string on, string expected)
    {
        var queries = (await SampleGraphAsync()).GetRequiredService<IGraphQueries>();
        var holders = await queries.OfficeHoldersAsync(country, office, on, Cancellation);
        var holder = Assert.Single(holders, h => !h.Approximate);
        Assert.Equal(expected, holder.Person.Name);
        Assert.NotNull(holder.Office.From);
    }

    [Fact]
    public async Task OfficeHolders_PartialDates_AreApproximate_AndBadInputIsAnError()
    {
        var queries = (await SampleGraphAsync()).GetRequiredService<IGraphQueries>();
        var inauguration = await queries.OfficeHoldersAsync("US", "president", "2021-01-20", Cancellation);
        Assert.Equal([("Joe Biden", false), ("Donald Trump", true)], inauguration.Select(h => (h.Person.Name, h.Approximate)));

        var year = await queries.OfficeHoldersAsync("DE", "chancellor", "2021", Cancellation);
        Assert.Equal(["Angela Merkel", "Olaf Scholz"], year.Select(h => h.Person.Name));

        await Assert.ThrowsAsync<ArgumentException>(() => queries.OfficeHoldersAsync("Atlantis", "president", "2021", Cancellation));
        await Assert.ThrowsAsync<ArgumentException>(() => queries.OfficeHoldersAsync("US", "president", "May 2021", Cancellation));
    }

    [Fact]
    public async Task Person_HasTermsOfOfficeAndWikidataId()
    {
        var queries = (await SampleGraphAsync()).GetRequiredService<IGraphQueries>();
        var wang = await queries.GetPersonAsync("Wang Yi", Cancellation);
        Assert.Equal("Q701801", wang.Person.WikidataId);
        var terms = wang.Offices.Where(o => o.Kind == OfficeKind.ForeignMinister && o.Source != OfficeHeld.ArticleSource).ToList();
        Assert.Equal([("2013-03-17", "2022-12-30"), ("2023-07-25", null)], terms.Select(t => (t.From, t.To)));
    }

    [Fact]
    public async Task WhoMet_CounterpartOffice_KeepsCounterpartsWhoHeldItThen()
    {
        var queries = (await SampleGraphAsync()).GetRequiredService<IGraphQueries>();
        var all = await queries.WhoMetAsync("Blinken", null, null, null, Cancellation);
        var ministers = await queries.WhoMetAsync("Blinken", null, null, "foreign minister", Cancellation);
        Assert.Contains(all.Counterparts, c => c.Person.Name == "Xi Jinping");
        Assert.NotEmpty(ministers.Counterparts);
        Assert.DoesNotContain(ministers.Counterparts, c => c.Person.Name == "Xi Jinping");
        Assert.Contains(ministers.Counterparts, c => c.Person.Name is "Qin Gang" or "Wang Yi");

        var withPresidents = await queries.FindMeetingsAsync(new MeetingFilter(Participant: "Blinken", CounterpartOffice: "president"), Cancellation);
        Assert.NotEmpty(withPresidents);
        Assert.All(withPresidents, m => Assert.Contains("person/xi-jinping", m.ParticipantIds));
    }

    [Fact]
    public async Task People_WithOneWikidataItem_AreOnePerson_AndNamesakesStayApart()
    {
        var services = await target.CreateEmptyAsync(Cancellation);
        var store = services.GetRequiredService<IGraphStore>();
        var queries = services.GetRequiredService<IGraphQueries>();
        await store.UpsertAsync(Article("one", "2022-03-01", new PersonMention("Joseph R. Biden", [], "US", [], WikidataId: "Q6279"), new PersonMention("Olaf Scholz", [], "DE", [])), Cancellation);
        await store.UpsertAsync(Article("two", "2022-04-01", new PersonMention("Biden", ["President Biden"], "US", [], WikidataId: "Q6279"), new PersonMention("Olaf Scholz", [], "DE", [])), Cancellation);
        await store.UpsertAsync(Article("three", "2022-05-01", new PersonMention("Joe Biden", [], "KH", []), new PersonMention("Hun Sen", [], "KH", [])), Cancellation);

        var biden = await queries.GetPersonAsync("person/joe-biden", Cancellation);
        Assert.Equal(("Joe Biden", "Q6279", "US"), (biden.Person.Name, biden.Person.WikidataId, biden.Person.Country));
        Assert.Equal(2, biden.MeetingCount);
        var namesake = await queries.SearchPersonsAsync("joe biden", 10, Cancellation);
        Assert.Contains(namesake, p => p.Country == "KH" && p.WikidataId is null);

        var stats = await store.GetStatisticsAsync(Cancellation);
        Assert.Equal(4, stats.Persons); // Joe Biden, Olaf Scholz, the Cambodian namesake, Hun Sen
        var seed = OfficeHolderSeed.From(OfficeHolderTable.Default, Core.ReferenceData.ReferenceCatalog.Default);
        Assert.Equal(seed.Persons.Count, stats.OfficeHolders);
        Assert.Equal(seed.Terms.Count, stats.OfficeTerms);
        Assert.DoesNotContain(await store.GetKnownActorsAsync(Cancellation), a => a.Name == "John Kerry"); // the table's people are the extractor's own
    }

    [Fact]
    public async Task Person_OnlyInTheTable_IsFound_ButANameTheSourcesUseWins()
    {
        var queries = (await SampleGraphAsync()).GetRequiredService<IGraphQueries>();
        Assert.Equal("Q22316", (await queries.ResolvePersonAsync("John Kerry", Cancellation)).WikidataId);
        // "Blinken" names one person the sources name; the table knows no other.
        Assert.Equal("person/antony-blinken", (await queries.ResolvePersonAsync("Blinken", Cancellation)).Id);
    }

    private Task<ServiceProvider> SampleGraphAsync()
    {
        if (target.SkipReason is { } reason)
        {
            if (TestSupport.Neo4j.Neo4jServerFixture.Required)
            {
                Assert.Fail(reason);
            }

            Assert.Skip(reason);
        }

        return target.WithSamplesAsync(Cancellation);
    }

    private static ArticleGraph Article(string title, string published, PersonMention a, PersonMention b) =>
        new(new ArticleInfo(title, $"{title}: a test article published {published}.", PublishedAt: published), [a, b], [],
            new[] { a.Country, b.Country }.OfType<string>().Distinct().ToList(), [],
            [new MeetingMention([a.Name, b.Name], MeetingStatus.Held, MeetingMode.InPerson, published, null, null, $"{a.Name} met {b.Name}.")]);
}
