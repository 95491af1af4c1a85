using ActorGraph.Core.Annotation;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Ingestion;
using ActorGraph.Ingestion.Records;
using ActorGraph.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Storage.Tests.Conformance;

/// <summary>
/// One suite for every store: the same articles in, the same answers out. Answers are checked against facts stated
/// in the sample articles and, answer by answer, against the embedded store's, so the stores cannot drift apart.
/// </summary>
public abstract class GraphStoreConformanceTests(StoreUnderTest target)
{
    private static readonly SemaphoreSlim ReferenceOnce = new(1, 1);
    private static Dictionary<string, string>? _reference;

    public static TheoryData<string> Operations => [.. Answers.Operations];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Answer_IsTheSameAsTheEmbeddedStores(string operation)
    {
        SkipUnlessAvailable();
        var reference = await ReferenceAsync(Cancellation);
        var services = await SampleGraphAsync();
        var answer = await Answers.AskAsync(services.GetRequiredService<IGraphStore>(), services.GetRequiredService<IGraphQueries>(), operation, Cancellation);
        Assert.Equal(reference[operation], answer);
    }

    [Fact]
    public async Task Samples_AnswerWhatTheArticlesSay()
    {
        SkipUnlessAvailable();
        var services = await SampleGraphAsync();
        var queries = services.GetRequiredService<IGraphQueries>();

        var blinken = await queries.WhoMetAsync("Blinken", null, null, null, Cancellation);
        Assert.Equal("Antony Blinken", blinken.Person.Name);
        Assert.Contains(blinken.Counterparts, c => c.Person.Name == "Wang Yi" && c.Meetings.Any(m => m.Status == MeetingStatus.Held));
        Assert.Contains(blinken.Counterparts, c => c.Person.Name == "Xi Jinping");

        var call = await queries.DidMeetAsync("Olaf Scholz", "Putin", Cancellation);
        Assert.True(call.Met);
        Assert.Equal(MeetingMode.Call, Assert.Single(call.Meetings).Mode);

        var alaska = await queries.DidMeetAsync("Trump", "Putin", Cancellation);
        Assert.False(alaska.Met);
        Assert.All(alaska.Meetings, m => Assert.Equal(MeetingStatus.Planned, m.Status));

        var amman = await queries.FindMeetingsAsync(new MeetingFilter(Status: MeetingStatus.Cancelled), Cancellation);
        Assert.Contains(amman, m => m.ParticipantIds.Contains("person/joe-biden") && m.ParticipantIds.Contains("person/abdullah-ii"));

        var contacts = await queries.CountryContactsAsync("CN", Cancellation);
        Assert.Contains(contacts.Contacts, c => c.Code == "US" && c.Meetings >= 1);
    }

    [Theory]
    [InlineData("Blinken", null, null)]
    [InlineData("Blinken", "2023-06-01", "2023-06-30")]
    [InlineData("Joe Biden", "2023-01-01", null)]
    [InlineData("Putin", null, "2023-12-31")]
    [InlineData("Xi Jinping", null, null)]
    public async Task CounterpartPages_SpellOutWhoMet(string person, string? from, string? to)
    {
        SkipUnlessAvailable();
        var queries = (await SampleGraphAsync()).GetRequiredService<IGraphQueries>();
        var all = await queries.WhoMetAsync(person, from, to, null, Cancellation);

        var pages = await Answers.CounterpartPagesAsync(queries, person, from, to, 0, Cancellation);

        Assert.All(pages, p => Assert.Equal(all.Counterparts.Count, p.Total));
        Assert.Equal(Json(all.Counterparts), Json(pages.SelectMany(p => p.Counterparts).ToList()));
        var beyond = await queries.CounterpartPageAsync(all.Person.Id, from, to, null, all.Counterparts.Count + 3, 5, Cancellation);
        Assert.Empty(beyond.Counterparts);
        Assert.Equal(all.Counterparts.Count, beyond.Total);
    }

    [Theory]
    [InlineData("all", 1)]
    [InlineData("all", 4)]
    [InlineData("participant", 2)]
    [InlineData("country", 2)]
    [InlineData("dates", 2)]
    [InlineData("from", 3)]
    [InlineData("to", 3)]
    [InlineData("planned", 1)]
    [InlineData("participant-dates", 2)]
    [InlineData("participant-country", 1)]
    [InlineData("counterpart-president", 2)]
    public async Task MeetingPages_SpellOutFindMeetings(string filterName, int size)
    {
        SkipUnlessAvailable();
        var queries = (await SampleGraphAsync()).GetRequiredService<IGraphQueries>();
        var filter = Answers.MeetingFilters[filterName];
        var all = await queries.FindMeetingsAsync(filter, Cancellation);
        Assert.NotEmpty(all);

        var pages = await Answers.MeetingPagesAsync(queries, filter, size, Cancellation);

        Assert.Equal(Json(all), Json(pages.SelectMany(p => p.Meetings).ToList()));
        Assert.All(pages.Where((_, i) => i % 2 == 0), p => Assert.Equal(all.Count, p.Total));
        Assert.All(pages.Where((_, i) => i % 2 == 1), p => Assert.Null(p.Total));
        Assert.All(pages.SkipLast(1), p => Assert.True(p.HasMore));
        Assert.False(pages[^1].HasMore);
    }

    [Fact]
    public async Task Timeline_IsTheParticipantsMeetings()
    {
        SkipUnlessAvailable();
        var queries = (await SampleGraphAsync()).GetRequiredService<IGraphQueries>();

        var timeline = await queries.TimelineAsync("Blinken", Cancellation);
        var page = await queries.MeetingPageAsync(new MeetingFilter(Participant: "Blinken"), null, 500, countTotal: true, Cancellation);

        Assert.True(timeline.Count >= 3);
        Assert.Equal(Json(timeline), Json(page.Meetings));
        Assert.Equal(timeline.Count, page.Total);
    }

    [Fact]
    public async Task AmbiguousName_IsAnsweredWithTheCandidatesCountriesAndOffices()
    {
        SkipUnlessAvailable();
        var queries = (await SampleGraphAsync()).GetRequiredService<IGraphQueries>();

        var error = await Assert.ThrowsAsync<PersonResolutionException>(() => queries.WhoMetAsync("Rice", null, null, null, Cancellation));

        Assert.Contains("Condoleezza Rice (United States, Secretary of State)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Susan Rice (United States, National Security Advisor)", error.Message, StringComparison.Ordinal);
        Assert.Contains("person/condoleezza-rice", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Blinkin", "Antony Blinken")]
    [InlineData("Olaf Schulz", "Olaf Scholz")]
    public async Task MisspeltName_IsAnsweredWithDidYouMean(string typed, string meant)
    {
        SkipUnlessAvailable();
        var services = await SampleGraphAsync();
        var queries = services.GetRequiredService<IGraphQueries>();

        var error = await Assert.ThrowsAsync<PersonResolutionException>(() => queries.WhoMetAsync(typed, null, null, null, Cancellation));

        Assert.Equal(meant, Assert.Single(error.Candidates).Name);
        Assert.Contains($"Did you mean {meant} (", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_SameArticlesAgain_ChangesNothing()
    {
        SkipUnlessAvailable();
        var services = await SampleGraphAsync();
        var store = services.GetRequiredService<IGraphStore>();
        var before = await store.GetStatisticsAsync(Cancellation);
        var meetingsBefore = await Answers.AskAsync(store, services.GetRequiredService<IGraphQueries>(), "meetings:all", Cancellation);

        var ingestor = services.GetRequiredService<ActorGraph.Ingestion.ArticleIngestor>();
        foreach (var file in Samples.Files)
        {
            await foreach (var outcome in ingestor.IngestFileAsync(file, Cancellation))
            {
                Assert.False(outcome.Created, $"{file} was stored a second time");
            }
        }

        Assert.Equal(before, await store.GetStatisticsAsync(Cancellation));
        Assert.Equal(meetingsBefore, await Answers.AskAsync(store, services.GetRequiredService<IGraphQueries>(), "meetings:all", Cancellation));
    }

    [Fact]
    public async Task People_MergeAcrossArticles_BySurnameAndFullerName_ButNotAcrossCountries()
    {
        SkipUnlessAvailable();
        var services = await target.CreateEmptyAsync(Cancellation);
        var store = services.GetRequiredService<IGraphStore>();
        var queries = services.GetRequiredService<IGraphQueries>();

        await store.UpsertAsync(Graph("one", "2024-01-10", [Person("Antony Blinken", "US"), Person("Wang Yi", "CN")], [Meeting("Antony Blinken", "Wang Yi", "2024-01-09", MeetingStatus.Planned)]), Cancellation);
        await store.UpsertAsync(Graph("two", "2024-01-12", [Person("Blinken", "US", "Secretary of State"), Person("Wang Yi", null)], [Meeting("Blinken", "Wang Yi", "2024-01-09", MeetingStatus.Held)]), Cancellation);
        await store.UpsertAsync(Graph("three", "2024-01-13", [Person("Blinken", "DE")], []), Cancellation);
        await store.UpsertAsync(Graph("four", "2024-01-14", [Person("Yellen", "US")], []), Cancellation);
        await store.UpsertAsync(Graph("five", "2024-01-15", [Person("Janet Yellen", "US") with { Aliases = ["Yellen"] }], []), Cancellation);

        var stats = await store.GetStatisticsAsync(Cancellation);
        Assert.Equal(5, stats.Articles);
        Assert.Equal(4, stats.Persons); // Antony Blinken, Wang Yi, a German namesake Blinken, Janet Yellen
        var blinken = await queries.GetPersonAsync("Antony Blinken", Cancellation);
        Assert.Equal("US", blinken.Person.Country);
        var stated = Assert.Single(blinken.Offices, o => o.Source == OfficeHeld.ArticleSource);
        Assert.Equal(("Secretary of State", "2024-01-12"), (stated.Title, stated.AsOf));
        var yellen = await queries.GetPersonAsync("Yellen", Cancellation);
        Assert.Equal("Janet Yellen", yellen.Person.Name); // the fuller name replaces "Yellen", which stays as an alias
        Assert.Contains("Yellen", yellen.Person.Aliases);

        var meeting = Assert.Single((await queries.DidMeetAsync("Antony Blinken", "Wang Yi", Cancellation)).Meetings);
        Assert.Equal(MeetingStatus.Held, meeting.Status); // held beats planned whichever came first
        var sources = (await queries.GetSourcesByMeetingIdsAsync([meeting.Id], Cancellation))[meeting.Id];
        Assert.Equal(["one", "two"], sources.Select(s => s.Title));

        var ambiguous = await Assert.ThrowsAsync<PersonResolutionException>(() => queries.ResolvePersonAsync("Blinken", Cancellation));
        Assert.Equal(2, ambiguous.Candidates.Count);
    }

    [Fact]
    public async Task Person_WhoseAliasNamesTwoStoredPeople_JoinsTheOneWithTheSameFullName()
    {
        SkipUnlessAvailable();
        var services = await target.CreateEmptyAsync(Cancellation);
        var store = services.GetRequiredService<IGraphStore>();

        await store.UpsertAsync(Graph("one", "2019-01-10", [Person("Mike Pompeo", "US") with { Aliases = ["Pompeo"] }], []), Cancellation);
        await store.UpsertAsync(Graph("two", "2019-01-11", [Person("Michael R. Pompeo", "US")], []), Cancellation);
        Assert.Equal(2, (await store.GetStatisticsAsync(Cancellation)).Persons);

        // "Pompeo" finds both; the full name says which: no third Pompeo for each further release.
        await store.UpsertAsync(Graph("three", "2019-01-12", [Person("Michael R. Pompeo", "US") with { Aliases = ["Pompeo"] }], []), Cancellation);
        await store.UpsertAsync(Graph("four", "2019-01-13", [Person("Michael R. Pompeo", null) with { Aliases = ["Pompeo"] }], []), Cancellation);

        Assert.Equal(2, (await store.GetStatisticsAsync(Cancellation)).Persons);
    }

    [Fact]
    public async Task AmbiguousOneWordName_JoinsItsNamesake_InsteadOfMakingOneMorePerMention()
    {
        SkipUnlessAvailable();
        var services = await target.CreateEmptyAsync(Cancellation);
        var store = services.GetRequiredService<IGraphStore>();
        await store.UpsertAsync(Graph("Two Lius", "2024-01-02", [Person("Liu He", "CN") with { Aliases = ["Liu"] }, Person("Christina Liu", "TW") with { Aliases = ["Liu"] }], []), Cancellation);

        // Each "Liu" fits both: before, each made a new person, and the eleventh failed its whole batch.
        for (var day = 3; day < 16; day++)
        {
            await store.UpsertAsync(Graph($"Liu said, day {day}", $"2024-01-{day:00}", [Person("Liu", day % 2 == 0 ? null : "GB")], []), Cancellation);
        }

        // Liu He, Christina Liu, and one "Liu": the first, of GB, is a new person (neither stored Liu is British); each
        // later "Liu" fits all three and takes the one with the same full name.
        Assert.Equal(3, (await store.GetStatisticsAsync(Cancellation)).Persons);
    }

    public static TheoryData<string> ReportOrders => ["012", "021", "102", "120", "201", "210"];

    [Theory]
    [MemberData(nameof(ReportOrders))]
    public async Task Meeting_ReportedUndatedAndDated_IsOneMeeting_InAnyOrder(string order)
    {
        SkipUnlessAvailable();
        var services = await target.CreateEmptyAsync(Cancellation);
        var store = services.GetRequiredService<IGraphStore>();
        var queries = services.GetRequiredService<IGraphQueries>();
        List<PersonMention> people = [Person("Antony Blinken", "US"), Person("Wang Yi", "CN")];
        ArticleGraph[] reports =
        [
            Graph("Outlet A: Blinken and Wang met", "2024-03-05", people, [Undated("Antony Blinken", "Wang Yi", MeetingStatus.Held, MeetingMode.InPerson)]),
            Graph("Outlet B: talks in Beijing", "2024-03-07", people, [Undated("Antony Blinken", "Wang Yi", MeetingStatus.Held, MeetingMode.InPerson)]),
            Graph("Outlet C: what was said on Monday", "2024-03-08", people, [Meeting("Antony Blinken", "Wang Yi", "2024-03-04", MeetingStatus.Held)]),
        ];

        foreach (var i in order)
        {
            await store.UpsertAsync(reports[i - '0'], Cancellation);
        }

        var meeting = Assert.Single((await queries.DidMeetAsync("Antony Blinken", "Wang Yi", Cancellation)).Meetings);
        Assert.Equal("2024-03-04", meeting.Date);
        var sources = (await queries.GetSourcesByMeetingIdsAsync([meeting.Id], Cancellation))[meeting.Id];
        Assert.Equal(3, sources.Count);
        Assert.Equal(1, (await store.GetStatisticsAsync(Cancellation)).Meetings);
    }

    /// <summary>
    /// Eleven reports by four invented outlets of five real meetings (tests/corpus/outlets: a visit reported dated and
    /// undated over three days, a call a month later, a summit, a planned visit that then took place, one called off),
    /// through the real extractor: exactly five meetings, the same ones with the same ids and sources whatever the
    /// order and batch size, and ingesting them all again changes nothing.
    /// </summary>
    [Fact]
    public async Task Meetings_ReportedBySeveralOutlets_AreTheRealMeetings_InAnyOrderAndBatchSize()
    {
        SkipUnlessAvailable();
        List<ActorGraph.Ingestion.Reading.ArticleRecord> feed = [];
        string? first = null;
        foreach (var (seed, batchSize) in new[] { (0, 100), (-1, 1), (7, 3), (11, 2), (23, 4) })
        {
            var services = await target.CreateEmptyAsync(Cancellation);
            var ingestor = services.GetRequiredService<ActorGraph.Ingestion.ArticleIngestor>();
            if (feed.Count == 0)
            {
                await foreach (var record in ingestor.Reader.ReadFileAsync(Path.Combine(AppContext.BaseDirectory, "outlets", "feed.jsonl"), Cancellation))
                {
                    feed.Add(record);
                }
            }

            var random = new Random(seed);
            List<ActorGraph.Ingestion.Reading.ArticleRecord> order = seed switch
            {
                0 => feed,
                < 0 => [.. feed.AsEnumerable().Reverse()],
                _ => [.. feed.Select(r => (Key: random.Next(), Record: r)).OrderBy(p => p.Key).Select(p => p.Record)],
            };

            foreach (var batch in order.Chunk(batchSize))
            {
                Assert.All(await ingestor.IngestBatchAsync(batch, Cancellation), o => Assert.Null(o.Error));
            }

            var graph = await MeetingsAsync(services);
            first ??= graph;
            Assert.Equal(first, graph);

            foreach (var batch in feed.Chunk(5))
            {
                Assert.All(await ingestor.IngestBatchAsync(batch, Cancellation), o => Assert.False(o.Created));
            }

            Assert.Equal(first, await MeetingsAsync(services));
        }

        Assert.Equal(
            [
                "Anthony Albanese + Fumio Kishida, undated, Cancelled, InPerson, Canberra, 2 sources",
                "Antony Blinken + Wang Yi, 2024-04-26, Held, InPerson, Beijing, 3 sources",
                "Antony Blinken + Wang Yi, 2024-06-04, Held, Call, -, 2 sources",
                "Donald Tusk + Olaf Scholz, 2024-07-02, Held, InPerson, Warsaw, 2 sources",
                "Emmanuel Macron + Olaf Scholz, 2024-05-27, Held, InPerson, Berlin, 2 sources",
            ],
            first!.Split('\n').Select(line => line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..]).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Two processes writing reports of the same people into one store (the worker and a CLI load): each sees the
    /// other's reports when it derives the meetings, however much it keeps in memory between batches.
    /// </summary>
    [Fact]
    public async Task Meetings_WrittenByTwoProcessesInTurn_AreDerivedFromAllReports()
    {
        SkipUnlessAvailable();
        var first = await target.CreateEmptyAsync(Cancellation);
        var location = first.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()[$"{StoreOptions.SectionName}:{nameof(StoreOptions.Location)}"]!;
        var second = target.CreateAt(location);
        List<PersonMention> people = [Person("Antony Blinken", "US"), Person("Wang Yi", "CN")];

        await first.GetRequiredService<IGraphStore>().UpsertAsync(Graph("A: talks held", "2024-03-05", people,
            [Undated("Antony Blinken", "Wang Yi", MeetingStatus.Held, MeetingMode.InPerson)]), Cancellation);
        await second.GetRequiredService<IGraphStore>().UpsertAsync(Graph("B: Monday's talks", "2024-03-06", people,
            [Meeting("Antony Blinken", "Wang Yi", "2024-03-04", MeetingStatus.Held)]), Cancellation);
        await first.GetRequiredService<IGraphStore>().UpsertAsync(Graph("C: after the talks", "2024-03-08", people,
            [Undated("Antony Blinken", "Wang Yi", MeetingStatus.Held, MeetingMode.InPerson)]), Cancellation);

        var queries = second.GetRequiredService<IGraphQueries>();
        var meeting = Assert.Single((await queries.DidMeetAsync("Blinken", "Wang Yi", Cancellation)).Meetings);
        Assert.Equal("2024-03-04", meeting.Date);
        Assert.Equal(3, (await queries.GetSourcesByMeetingIdsAsync([meeting.Id], Cancellation))[meeting.Id].Count);
    }

    [Fact]
    public async Task Meetings_SplitAndMergedByAPerson_StaySo_WhenMoreReportsArrive()
    {
        SkipUnlessAvailable();
        var services = await target.CreateEmptyAsync(Cancellation);
        var store = services.GetRequiredService<IGraphStore>();
        var queries = services.GetRequiredService<IGraphQueries>();
        List<PersonMention> people = [Person("Antony Blinken", "US"), Person("Wang Yi", "CN")];
        var monday = await store.UpsertAsync(Graph("Monday's talks", "2024-03-04", people, [Meeting("Antony Blinken", "Wang Yi", "2024-03-04", MeetingStatus.Held)]), Cancellation);
        var talks = await store.UpsertAsync(Graph("Talks this week", "2024-03-07", people, [Undated("Antony Blinken", "Wang Yi", MeetingStatus.Held, MeetingMode.InPerson)]), Cancellation);
        await store.UpsertAsync(Graph("Another call", "2024-05-10", people, [Undated("Antony Blinken", "Wang Yi", MeetingStatus.Held, MeetingMode.Call)]), Cancellation);
        var joined = (await queries.DidMeetAsync("Blinken", "Wang Yi", Cancellation)).Meetings[0];
        Assert.Equal(2, (await store.GetStatisticsAsync(Cancellation)).Meetings);

        // "Talks this week" were other talks: split off, the Monday meeting keeps its id.
        var split = await store.SplitMeetingAsync(joined.Id, [talks.ArticleId], Cancellation);
        Assert.Equal(joined.Id, split.MeetingIds[0]);
        Assert.NotEqual(joined.Id, split.MeetingIds[1]);
        Assert.Equal(3, (await store.GetStatisticsAsync(Cancellation)).Meetings);
        var apart = (await queries.GetSourcesByMeetingIdsAsync(split.MeetingIds, Cancellation));
        Assert.Equal([monday.ArticleId], apart[split.MeetingIds[0]].Select(s => s.ArticleId));
        Assert.Equal([talks.ArticleId], apart[split.MeetingIds[1]].Select(s => s.ArticleId));

        // A later report that fits both joins one of them, and the split holds.
        await store.UpsertAsync(Graph("Looking back on the talks", "2024-03-09", people, [Undated("Antony Blinken", "Wang Yi", MeetingStatus.Held, MeetingMode.InPerson)]), Cancellation);
        Assert.Equal(3, (await store.GetStatisticsAsync(Cancellation)).Meetings);
        Assert.Equal(4, (await store.GetStatisticsAsync(Cancellation)).MeetingReports);

        // Merging them back makes one meeting of all three reports, and that holds too.
        var merged = await store.MergeMeetingsAsync(split.MeetingIds, Cancellation);
        var meeting = Assert.Single(merged.MeetingIds);
        Assert.Equal(3, (await queries.GetSourcesByMeetingIdsAsync([meeting], Cancellation))[meeting].Count);
        await store.UpsertAsync(Graph("The talks, a week on", "2024-03-11", people, [Undated("Antony Blinken", "Wang Yi", MeetingStatus.Held, MeetingMode.InPerson)]), Cancellation);
        Assert.Equal(2, (await store.GetStatisticsAsync(Cancellation)).Meetings);

        // What cannot be done says why and changes nothing.
        await store.UpsertAsync(Graph("Yellen meets He Lifeng", "2024-03-04", [Person("Janet Yellen", "US"), Person("He Lifeng", "CN")],
            [Meeting("Janet Yellen", "He Lifeng", "2024-03-04", MeetingStatus.Held)]), Cancellation);
        var yellen = Assert.Single((await queries.DidMeetAsync("Yellen", "He Lifeng", Cancellation)).Meetings);
        var different = await Assert.ThrowsAsync<GraphEditException>(() => store.MergeMeetingsAsync([meeting, yellen.Id], Cancellation));
        Assert.Contains("different participants", different.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<GraphEditException>(() => store.SplitMeetingAsync("meeting/none", [], Cancellation));
        await Assert.ThrowsAsync<GraphEditException>(() => store.SplitMeetingAsync(yellen.Id, [], Cancellation)); // one source: nothing to split
        Assert.Equal(3, (await store.GetStatisticsAsync(Cancellation)).Meetings);
    }

    [Fact]
    public async Task Gathering_RecordedVisitByVisit_IsOneMeetingOfAll_AndABilateralThatDayStaysApart()
    {
        SkipUnlessAvailable();
        var services = await target.CreateEmptyAsync(Cancellation);
        var store = services.GetRequiredService<IGraphStore>();
        ArticleGraph Attended(string visitor, string country) =>
            Graph($"{visitor} visits the United States", "2016-03-31", [Person(visitor, country), Person("Barack Obama", "US")],
                [new MeetingMention([visitor, "Barack Obama"], MeetingStatus.Held, MeetingMode.InPerson, "2016-03-31", null, "US", "Attended the Nuclear Security Summit.",
                    "2016-04-01", "Nuclear Security Summit")]);

        await store.UpsertBatchAsync([Attended("Shinzo Abe", "JP"), Attended("Xi Jinping", "CN")], Cancellation);
        await store.UpsertAsync(Attended("Park Geun-hye", "KR"), Cancellation);
        await store.UpsertAsync(Graph("Obama and Abe meet", "2016-03-31", [Person("Shinzo Abe", "JP"), Person("Barack Obama", "US")],
            [Meeting("Shinzo Abe", "Barack Obama", "2016-03-31", MeetingStatus.Held)]), Cancellation);

        var queries = services.GetRequiredService<IGraphQueries>();
        var meetings = await queries.FindMeetingsAsync(new MeetingFilter(Participant: "Barack Obama"), Cancellation);
        Assert.Equal([2, 4], meetings.Select(m => m.ParticipantIds.Count).Order());
        var summit = Assert.Single(meetings, m => m.ParticipantIds.Count == 4);
        Assert.Equal(3, (await queries.GetSourcesByMeetingIdsAsync([summit.Id], Cancellation))[summit.Id].Count);
        Assert.Equal(("2016-03-31", "2016-04-01"), (summit.Date, summit.EndDate));
        Assert.Contains((await queries.WhoMetAsync("Xi Jinping", null, null, null, Cancellation)).Counterparts, c => c.Person.Name == "Park Geun-hye");
    }

    [Fact]
    public async Task Persons_MergedByAPerson_BecomeOne_WithOneMeeting_AndLaterArticlesFindTheKeptOne()
    {
        SkipUnlessAvailable();
        var services = await target.CreateEmptyAsync(Cancellation);
        var store = services.GetRequiredService<IGraphStore>();
        var queries = services.GetRequiredService<IGraphQueries>();
        await store.UpsertAsync(Graph("Aboul Gheit meets Wang", "2024-03-04", [Person("Ahmed Aboul Gheit", null, "Secretary-General"), Person("Wang Yi", "CN")],
            [Meeting("Ahmed Aboul Gheit", "Wang Yi", "2024-03-04", MeetingStatus.Held)]), Cancellation);
        await store.UpsertAsync(Graph("Abu al-Ghayt in talks", "2024-03-05", [Person("Ahmad Abu al-Ghayt", "EG"), Person("Wang Yi", "CN")],
            [Meeting("Ahmad Abu al-Ghayt", "Wang Yi", "2024-03-04", MeetingStatus.Held)]), Cancellation);
        var before = await store.GetStatisticsAsync(Cancellation);
        Assert.Equal((3, 2), (before.Persons, before.Meetings));
        var kept = (await queries.ResolvePersonAsync("Ahmed Aboul Gheit", Cancellation)).Id;
        var gone = (await queries.ResolvePersonAsync("Ahmad Abu al-Ghayt", Cancellation)).Id;

        Assert.Equal(1, await store.MergePersonsAsync(kept, gone, Cancellation));

        var after = await store.GetStatisticsAsync(Cancellation);
        Assert.Equal((2, 1, 2), (after.Persons, after.Meetings, after.MeetingReports));
        var counterpart = Assert.Single((await queries.WhoMetAsync("Wang Yi", null, null, null, Cancellation)).Counterparts);
        Assert.Equal((kept, 1), (counterpart.Person.Id, counterpart.Count));
        Assert.Equal(2, (await queries.GetSourcesByMeetingIdsAsync([counterpart.Meetings[0].Id], Cancellation))[counterpart.Meetings[0].Id].Count);
        var person = await queries.GetPersonAsync(kept, Cancellation);
        Assert.Equal("EG", person.Person.Country); // taken from the gone person, who had one

        // A later article naming the gone spelling finds the kept person.
        await store.UpsertAsync(Graph("Abu al-Ghayt again", "2024-03-20", [Person("Ahmad Abu al-Ghayt", "EG"), Person("Wang Yi", "CN")],
            [Meeting("Ahmad Abu al-Ghayt", "Wang Yi", "2024-03-19", MeetingStatus.Held)]), Cancellation);
        Assert.Equal((2, 2), ((await store.GetStatisticsAsync(Cancellation)).Persons, (await store.GetStatisticsAsync(Cancellation)).Meetings));

        await Assert.ThrowsAsync<GraphEditException>(() => store.MergePersonsAsync(kept, kept, Cancellation));
        var unknown = await Assert.ThrowsAsync<GraphEditException>(() => store.MergePersonsAsync(kept, gone, Cancellation));
        Assert.Contains("no person has the id", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Person_SplitByAPerson_BecomesTwo_EachWithTheMeetingsOfItsArticles()
    {
        SkipUnlessAvailable();
        var services = await target.CreateEmptyAsync(Cancellation);
        var store = services.GetRequiredService<IGraphStore>();
        var queries = services.GetRequiredService<IGraphQueries>();
        // Two people named Lin Chen: a minister who meets Blinken, and a namesake who meets Lavrov a month later and
        // states an office. With no country in the second article, the rules take them for one person.
        var first = await store.UpsertAsync(Graph("Blinken meets Lin Chen", "2024-05-02", [Person("Antony Blinken", "US"), Person("Lin Chen", "SG", "Foreign Minister")],
            [Meeting("Antony Blinken", "Lin Chen", "2024-05-02", MeetingStatus.Held)]), Cancellation);
        var second = await store.UpsertAsync(Graph("Lavrov receives Lin Chen", "2024-06-03", [Person("Sergey Lavrov", "RU"), Person("Lin Chen", null, "Party Chairman")],
            [Meeting("Sergey Lavrov", "Lin Chen", "2024-06-03", MeetingStatus.Held)]), Cancellation);
        var joined = await queries.ResolvePersonAsync("Lin Chen", Cancellation);
        Assert.Equal(2, (await queries.WhoMetAsync(joined.Id, null, null, null, Cancellation)).Counterparts.Count);

        var split = await store.SplitPersonAsync(joined.Id, [second.ArticleId], null, "MY", Cancellation);

        Assert.Equal((joined.Id, 1), (split.PersonId, split.ReportsMoved));
        Assert.NotEqual(joined.Id, split.NewPersonId);
        var statistics = await store.GetStatisticsAsync(Cancellation);
        Assert.Equal((4, 2, 2), (statistics.Persons, statistics.Meetings, statistics.MeetingReports));
        Assert.Equal(["Antony Blinken"], (await queries.WhoMetAsync(joined.Id, null, null, null, Cancellation)).Counterparts.Select(c => c.Person.Name));
        Assert.Equal(["Sergey Lavrov"], (await queries.WhoMetAsync(split.NewPersonId, null, null, null, Cancellation)).Counterparts.Select(c => c.Person.Name));
        var lavrovs = Assert.Single((await queries.WhoMetAsync("Sergey Lavrov", null, null, null, Cancellation)).Counterparts);
        Assert.Equal(split.NewPersonId, lavrovs.Person.Id);
        var newPerson = await queries.GetPersonAsync(split.NewPersonId, Cancellation);
        Assert.Equal(("Lin Chen", "MY"), (newPerson.Person.Name, newPerson.Person.Country));
        Assert.Equal(["Party Chairman"], newPerson.Offices.Select(o => o.Title));
        Assert.Equal(["Foreign Minister"], (await queries.GetPersonAsync(joined.Id, Cancellation)).Offices.Select(o => o.Title));

        // A later article that says which Lin Chen it means finds that one; re-ingesting the split article is a no-op.
        await store.UpsertAsync(Graph("Lin Chen in Kuala Lumpur", "2024-07-01", [Person("Lin Chen", "MY"), Person("Sergey Lavrov", "RU")],
            [Meeting("Sergey Lavrov", "Lin Chen", "2024-07-01", MeetingStatus.Held)]), Cancellation);
        Assert.Equal(2, (await queries.WhoMetAsync(split.NewPersonId, null, null, null, Cancellation)).Counterparts.Single().Count);
        await store.UpsertAsync(Graph("Lavrov receives Lin Chen", "2024-06-03", [Person("Sergey Lavrov", "RU"), Person("Lin Chen", null, "Party Chairman")],
            [Meeting("Sergey Lavrov", "Lin Chen", "2024-06-03", MeetingStatus.Held)]), Cancellation);
        Assert.Equal(4, (await store.GetStatisticsAsync(Cancellation)).Persons);

        var notMentioned = await Assert.ThrowsAsync<GraphEditException>(() => store.SplitPersonAsync(joined.Id, [second.ArticleId], null, null, Cancellation));
        Assert.Contains("does not mention", notMentioned.Message, StringComparison.Ordinal);
        var all = await Assert.ThrowsAsync<GraphEditException>(() => store.SplitPersonAsync(joined.Id, [first.ArticleId], null, null, Cancellation));
        Assert.Contains("nothing would stay", all.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<GraphEditException>(() => store.SplitPersonAsync("person/nobody", [first.ArticleId], null, null, Cancellation));
        await Assert.ThrowsAsync<GraphEditException>(() => store.SplitPersonAsync(joined.Id, [], null, null, Cancellation));
        Assert.Equal(4, (await store.GetStatisticsAsync(Cancellation)).Persons);
    }

    /// <summary>
    /// What the stores keep for fast reads (SQLite: each attendance's meeting date, the country pairs of each meeting)
    /// follows every change: a person's country taken over in a merge, a person split off with another country, a
    /// meeting that gets its date from a later report.
    /// </summary>
    [Fact]
    public async Task CountryContactsAndDateRanges_FollowEveryEdit()
    {
        SkipUnlessAvailable();
        var services = await target.CreateEmptyAsync(Cancellation);
        var store = services.GetRequiredService<IGraphStore>();
        var queries = services.GetRequiredService<IGraphQueries>();
        async Task<string> ContactsAsync(string country) =>
            string.Join(", ", (await queries.CountryContactsAsync(country, Cancellation)).Contacts.Select(c => $"{c.Code} {c.Meetings}"));

        await store.UpsertAsync(Graph("Mansour meets Wang", "2024-03-04", [Person("Karim Mansour", null), Person("Wang Yi", "CN")],
            [Meeting("Karim Mansour", "Wang Yi", "2024-03-04", MeetingStatus.Held)]), Cancellation);
        var second = await store.UpsertAsync(Graph("Mansur in talks", "2024-03-11", [Person("Kareem Mansur", "EG"), Person("Wang Yi", "CN")],
            [Meeting("Kareem Mansur", "Wang Yi", "2024-03-10", MeetingStatus.Held)]), Cancellation);
        Assert.Equal("EG 1", await ContactsAsync("CN"));

        var kept = (await queries.ResolvePersonAsync("Karim Mansour", Cancellation)).Id;
        await store.MergePersonsAsync(kept, (await queries.ResolvePersonAsync("Kareem Mansur", Cancellation)).Id, Cancellation);
        Assert.Equal("EG 2", await ContactsAsync("CN"));
        Assert.Equal("CN 2", await ContactsAsync("EG"));

        await store.SplitPersonAsync(kept, [second.ArticleId], null, "JO", Cancellation);
        Assert.Equal("EG 1, JO 1", await ContactsAsync("CN"));
        Assert.Equal("CN 1", await ContactsAsync("JO"));

        List<PersonMention> people = [Person("Antony Blinken", "US"), Person("Wang Yi", "CN")];
        await store.UpsertAsync(Graph("Talks this week", "2024-05-07", people, [Undated("Antony Blinken", "Wang Yi", MeetingStatus.Held, MeetingMode.InPerson)]), Cancellation);
        var inMay = new MeetingFilter(Participant: "Blinken", From: "2024-05-01", To: "2024-05-31");
        var undated = Assert.Single(await queries.FindMeetingsAsync(new MeetingFilter(Participant: "Blinken"), Cancellation));
        Assert.Null(undated.Date);
        Assert.Empty((await queries.MeetingPageAsync(inMay, null, 10, countTotal: true, Cancellation)).Meetings);

        await store.UpsertAsync(Graph("Monday's talks", "2024-05-08", people, [Meeting("Antony Blinken", "Wang Yi", "2024-05-06", MeetingStatus.Held)]), Cancellation);
        var page = await queries.MeetingPageAsync(inMay, null, 10, countTotal: true, Cancellation);
        Assert.Equal(("2024-05-06", 1), (Assert.Single(page.Meetings).Date, page.Total));
        Assert.Single(await queries.FindMeetingsAsync(new MeetingFilter(Participant: "Blinken"), Cancellation));
        var blinken = (await queries.ResolvePersonAsync("Blinken", Cancellation)).Id;
        Assert.Equal("2024-05-06", Assert.Single((await queries.CounterpartPageAsync(blinken, "2024-05-01", null, null, 0, 10, Cancellation)).Counterparts).FirstDate);
        Assert.Equal("EG 1, JO 1, US 1", await ContactsAsync("CN"));
    }

    /// <summary>Every stored meeting as one line: id, people, day, status, mode, place and how many articles report it.</summary>
    private static async Task<string> MeetingsAsync(ServiceProvider services)
    {
        var queries = services.GetRequiredService<IGraphQueries>();
        var meetings = await queries.FindMeetingsAsync(new MeetingFilter(), Cancellation);
        var people = await queries.GetPersonsByIdsAsync(meetings.SelectMany(m => m.ParticipantIds).ToHashSet(), Cancellation);
        var sources = await queries.GetSourcesByMeetingIdsAsync(meetings.Select(m => m.Id).ToList(), Cancellation);
        return string.Join('\n', meetings.OrderBy(m => m.Id, StringComparer.Ordinal).Select(m =>
            $"{m.Id} {string.Join(" + ", m.ParticipantIds.Select(id => people[id].Name).Order(StringComparer.Ordinal))}, {m.Date ?? "undated"}, {m.Status}, {m.Mode}, " +
            $"{m.Place ?? "-"}, {sources[m.Id].Count} sources"));
    }

    [Fact]
    public async Task Meetings_OfOnePair_StayApart_WhenTheirDaysOrModesDiffer()
    {
        SkipUnlessAvailable();
        var services = await target.CreateEmptyAsync(Cancellation);
        var store = services.GetRequiredService<IGraphStore>();
        List<PersonMention> people = [Person("Antony Blinken", "US"), Person("Wang Yi", "CN")];

        // A call a month after another: two calls. A visit reported the same day as a call: a visit and a call.
        await store.UpsertAsync(Graph("First call", "2024-03-05", people, [Undated("Antony Blinken", "Wang Yi", MeetingStatus.Held, MeetingMode.Call)]), Cancellation);
        await store.UpsertAsync(Graph("Second call", "2024-04-05", people, [Undated("Antony Blinken", "Wang Yi", MeetingStatus.Held, MeetingMode.Call)]), Cancellation);
        await store.UpsertAsync(Graph("A visit", "2024-04-05", people, [Undated("Antony Blinken", "Wang Yi", MeetingStatus.Held, MeetingMode.InPerson)]), Cancellation);
        // The same second call reported again two days later joins it.
        await store.UpsertAsync(Graph("Second call, again", "2024-04-07", people, [Undated("Antony Blinken", "Wang Yi", MeetingStatus.Held, MeetingMode.Call)]), Cancellation);

        Assert.Equal(3, (await store.GetStatisticsAsync(Cancellation)).Meetings);
    }

    [Fact]
    public async Task UpsertBatch_MergesWithinTheBatch_SkipsRepeats_AndEqualsOneByOne()
    {
        SkipUnlessAvailable();
        var graphs = new[]
        {
            Graph("one", "2024-01-10", [Person("Antony Blinken", "US"), Person("Wang Yi", "CN")], [Meeting("Antony Blinken", "Wang Yi", "2024-01-09", MeetingStatus.Planned)]),
            Graph("two", "2024-01-12", [Person("Blinken", "US", "Secretary of State"), Person("Wang Yi", null)], [Meeting("Blinken", "Wang Yi", "2024-01-09", MeetingStatus.Held)]),
            Graph("four", "2024-01-14", [Person("Yellen", "US")], []),
            Graph("five", "2024-01-15", [Person("Janet Yellen", "US") with { Aliases = ["Yellen"] }], []),
        };
        var batched = await target.CreateEmptyAsync(Cancellation);
        var results = await batched.GetRequiredService<IGraphStore>().UpsertBatchAsync([.. graphs, graphs[0]], Cancellation);
        Assert.Equal([true, true, true, true, false], results.Select(r => r.Created));
        Assert.Equal(results[0].ArticleId, results[4].ArticleId);

        var stats = await batched.GetRequiredService<IGraphStore>().GetStatisticsAsync(Cancellation);
        Assert.Equal(3, stats.Persons); // Antony Blinken, Wang Yi, Janet Yellen: merged inside the one transaction
        Assert.Equal(1, stats.Meetings);
        Assert.Equal(MeetingStatus.Held, Assert.Single((await batched.GetRequiredService<IGraphQueries>().DidMeetAsync("Blinken", "Wang Yi", Cancellation)).Meetings).Status);

        var oneByOne = await target.CreateEmptyAsync(Cancellation); // (on Neo4j the same database, emptied)
        foreach (var graph in graphs)
        {
            await oneByOne.GetRequiredService<IGraphStore>().UpsertAsync(graph, Cancellation);
        }

        Assert.Equal(await oneByOne.GetRequiredService<IGraphStore>().GetStatisticsAsync(Cancellation), stats);
    }

    [Fact]
    public async Task Upsert_ReportsCreatedOnce_AndCountsMeetingsWithTwoKnownPeople()
    {
        SkipUnlessAvailable();
        var services = await target.CreateEmptyAsync(Cancellation);
        var store = services.GetRequiredService<IGraphStore>();
        var graph = Graph("solo", "2024-02-01", [Person("Olaf Scholz", "DE")], [Meeting("Olaf Scholz", "Somebody Unnamed", "2024-02-01", MeetingStatus.Held)]);

        var first = await store.UpsertAsync(graph, Cancellation);
        var second = await store.UpsertAsync(graph, Cancellation);

        Assert.True(first.Created);
        Assert.Equal(0, first.Meetings);
        Assert.False(second.Created);
        Assert.Equal(first.ArticleId, second.ArticleId);
        var table = OfficeHolderSeed.From(Core.ReferenceData.OfficeHolders.OfficeHolderTable.Default, Core.ReferenceData.ReferenceCatalog.Default);
        Assert.Equal(new StoreStatistics(1, 1, 0, 1, 0, 0, table.Persons.Count, table.Terms.Count), await store.GetStatisticsAsync(Cancellation));
    }

    [Fact]
    public async Task Meetings_FromRecordsAndArticles_MergeWithinTheRecordsDays_InEitherOrder()
    {
        SkipUnlessAvailable();
        var article = Graph("Blinken in Tokyo", "2021-03-16", [Person("Antony Blinken", "US"), Person("Toshimitsu Motegi", "JP")],
            [Meeting("Antony Blinken", "Toshimitsu Motegi", "2021-03-16", MeetingStatus.Held) with { Place = "Tokyo", Country = "JP" }]);
        var trip = Record("3992", "2021-03-15", "2021-03-17");
        var duplicate = Record("4019", "2021-03-15", "2021-03-17");
        var later = Record("4100", "2021-03-20", "2021-03-21");

        // Either order gives the same meeting: the reports are taken by their days, not by when they arrived, so the
        // trip's first day and its end lead.
        foreach (var order in new[] { new[] { article, trip, duplicate, later }, [trip, article, duplicate, later], [later, duplicate, article, trip] })
        {
            var services = await target.CreateEmptyAsync(Cancellation);
            foreach (var graph in order)
            {
                await services.GetRequiredService<IGraphStore>().UpsertAsync(graph, Cancellation);
            }

            var queries = services.GetRequiredService<IGraphQueries>();
            var meetings = (await queries.DidMeetAsync("Blinken", "Motegi", Cancellation)).Meetings;
            Assert.Equal(2, meetings.Count); // the article and both records of the trip are one meeting; the later trip another
            Assert.Equal(("2021-03-15", "2021-03-17"), (meetings[0].Date, meetings[0].EndDate));
            Assert.Equal(("2021-03-20", "2021-03-21"), (meetings[1].Date, meetings[1].EndDate));
            var sources = (await queries.GetSourcesByMeetingIdsAsync([meetings[0].Id], Cancellation))[meetings[0].Id];
            Assert.Equal(["history-state/trip/3992", "history-state/trip/4019"], sources.Select(s => s.RecordId).OfType<string>().Order());
            Assert.Contains(sources, s => s.RecordId is null && s.Title == "Blinken in Tokyo");
        }
    }

    [Fact]
    public async Task HistoryState_FullImport_ListsBlinkens2021Counterparts_AndReimportChangesNothing()
    {
        SkipUnlessAvailable();
        var services = await target.CreateEmptyAsync(Cancellation);
        var (summary, stats) = await ImportHistoryStateAsync(services, Cancellation);
        Assert.Equal(0, summary.Failed);
        Assert.Equal(summary.Read, summary.Added);
        Assert.True(summary.Read > 7000, $"{summary.Read} records");

        var blinken = await services.GetRequiredService<IGraphQueries>().WhoMetAsync("Blinken", "2021-01-01", "2021-12-31", null, Cancellation);
        var motegi = Assert.Single(blinken.Counterparts, c => c.Person.Name == "Toshimitsu Motegi");
        Assert.Contains(motegi.Meetings, m => (m.Date, m.EndDate, m.Place, m.Country) == ("2021-03-15", "2021-03-17", "Tokyo", "JP"));
        var chung = Assert.Single(blinken.Counterparts, c => c.Person.Name == "Chung Eui-yong");
        Assert.Contains(chung.Meetings, m => (m.Date, m.EndDate, m.Place, m.Country) == ("2021-03-17", "2021-03-18", "Seoul", "KR"));
        Assert.Equal("KR", chung.Person.Country);

        var again = await ImportHistoryStateAsync(services, Cancellation);
        Assert.Equal(summary.Read, again.Summary.AlreadyStored);
        Assert.Equal(stats, again.Statistics);

        if (target is not SqliteStoreUnderTest)
        {
            await using var sqlite = new SqliteStoreUnderTest();
            var reference = await ImportHistoryStateAsync(await sqlite.CreateEmptyAsync(Cancellation), Cancellation);
            Assert.Equal(reference.Statistics, stats);
        }
    }

    private static async Task<(IngestionSummary Summary, StoreStatistics Statistics)> ImportHistoryStateAsync(ServiceProvider services, CancellationToken cancellationToken)
    {
        var layout = HistoryStateLayout.Locate(Path.Combine(RepositoryFolders.Root, "samples", "history-state"));
        var presidents = await HistoryStateReader.ReadPresidentsAsync(layout.PresidentsFile!, cancellationToken);
        var summary = await services.GetRequiredService<HistoryStateImporter>().ImportAsync(layout.RecordFiles, presidents, HistoryStateImporter.DefaultBatchSize, null, cancellationToken);
        return (summary, await services.GetRequiredService<IGraphStore>().GetStatisticsAsync(cancellationToken));
    }

    private static ArticleGraph Record(string id, string start, string end) =>
        new(new ArticleInfo($"Trip {id}", $"Secretary of State Antony John Blinken in Tokyo, Japan: met Toshimitsu Motegi.\nhistory-state/trip/{id}",
                PublishedAt: start, RecordId: $"history-state/trip/{id}"),
            [Person("Antony John Blinken", "US") with { Aliases = ["Antony Blinken"] }, Person("Toshimitsu Motegi", "JP")], [], ["US", "JP"], [],
            [new MeetingMention(["Antony John Blinken", "Toshimitsu Motegi"], MeetingStatus.Held, MeetingMode.InPerson, start, "Tokyo", "JP", "met Toshimitsu Motegi.", end)]);

    private void SkipUnlessAvailable()
    {
        if (target.SkipReason is { } reason)
        {
            if (TestSupport.Neo4j.Neo4jServerFixture.Required)
            {
                Assert.Fail(reason);
            }

            Assert.Skip(reason);
        }
    }

    private Task<ServiceProvider> SampleGraphAsync() => target.WithSamplesAsync(Cancellation);

    private static string Json(object value) => System.Text.Json.JsonSerializer.Serialize(value);

    /// <summary>The embedded store's answers, computed once per test run.</summary>
    private static async Task<Dictionary<string, string>> ReferenceAsync(CancellationToken cancellationToken)
    {
        await ReferenceOnce.WaitAsync(cancellationToken);
        try
        {
            if (_reference is null)
            {
                await using var sqlite = new SqliteStoreUnderTest();
                var services = await sqlite.WithSamplesAsync(cancellationToken);
                var answers = new Dictionary<string, string>();
                foreach (var operation in Answers.Operations)
                {
                    answers[operation] = await Answers.AskAsync(services.GetRequiredService<IGraphStore>(), services.GetRequiredService<IGraphQueries>(), operation, cancellationToken);
                }

                _reference = answers;
            }

            return _reference;
        }
        finally
        {
            ReferenceOnce.Release();
        }
    }

    internal static ArticleGraph Graph(string title, string published, List<PersonMention> persons, List<MeetingMention> meetings) =>
        new(new ArticleInfo(title, $"{title}: a test article published {published}.", PublishedAt: published), persons, [],
            persons.Select(p => p.Country).OfType<string>().Distinct().ToList(), [], meetings);

    internal static PersonMention Person(string name, string? country, string? office = null) =>
        new(name, [], country, office is null ? [] : [new OfficeMention(office, country)]);

    private static MeetingMention Undated(string a, string b, MeetingStatus status, MeetingMode mode) =>
        new([a, b], status, mode, null, null, null, $"{a} and {b} talked.");

    internal static MeetingMention Meeting(string a, string b, string date, MeetingStatus status) =>
        new([a, b], status, MeetingMode.InPerson, date, null, null, $"{a} and {b} met.");
}
