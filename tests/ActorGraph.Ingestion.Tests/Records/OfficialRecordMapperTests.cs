using ActorGraph.Core.Annotation;
using ActorGraph.Core.Model;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Extraction.Records;
using ActorGraph.Extraction.ReferenceData;
using ActorGraph.Ingestion.Records;
using ActorGraph.TestSupport;

namespace ActorGraph.Ingestion.Tests.Records;

public sealed class OfficialRecordMapperTests
{
    private static readonly OfficialRecordMapper Mapper = new(ReferenceCatalog.Default);

    private static readonly PresidentTerms Presidents = new([
        new PresidentTerm("nixon-richard-milhous", "Richard M. Nixon", new DateOnly(1969, 1, 20), new DateOnly(1974, 8, 9)),
        new PresidentTerm("bush-george-herbert-walker", "George H.W. Bush", new DateOnly(1989, 1, 20), new DateOnly(1993, 1, 20)),
        new PresidentTerm("bush-george-walker", "George W. Bush", new DateOnly(2001, 1, 20), new DateOnly(2009, 1, 20)),
        new PresidentTerm("trump-donald-j", "Donald J. Trump", new DateOnly(2017, 1, 20), new DateOnly(2021, 1, 20)),
        new PresidentTerm("biden-joseph-r", "Joseph R. Biden", new DateOnly(2021, 1, 20), new DateOnly(2025, 1, 20)),
    ]);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public void Trip_IsAHeldMeetingWithThePersonMet_WithOfficeCountryPlaceAndDays()
    {
        var graph = Mapper.Map(Trip("3992", "Antony John Blinken", "2021-03-15", "2021-03-17", "japan", "Japan", "Tokyo",
            "Attended the U.S.-Japan Security Consultative Committee meeting and met with Minister for Foreign Affairs Toshimitsu Motegi."), Presidents, Cancellation);

        var meeting = Assert.Single(graph.Meetings);
        Assert.Equal(["Antony John Blinken", "Toshimitsu Motegi"], meeting.Participants);
        Assert.Equal((MeetingStatus.Held, MeetingMode.InPerson, "2021-03-15", "2021-03-17", "Tokyo", "JP"),
            (meeting.Status, meeting.Mode, meeting.Date, meeting.EndDate, meeting.Place, meeting.Country));
        var motegi = Assert.Single(graph.Persons, p => p.Name == "Toshimitsu Motegi");
        Assert.Equal("JP", motegi.Country);
        Assert.Equal(new OfficeMention("Minister for Foreign Affairs", "JP"), Assert.Single(motegi.Offices));
        var blinken = graph.Persons[0];
        Assert.Equal(("US", "Secretary of State"), (blinken.Country, blinken.Offices[0].Title));
        Assert.Equal(["Antony Blinken"], blinken.Aliases);
        Assert.Equal(("history-state/trip/3992", OfficialRecordMapper.Publisher, "2021-03-15"), (graph.Article.RecordId, graph.Article.Source, graph.Article.PublishedAt));
        Assert.Contains("Toshimitsu Motegi", graph.Article.Text, StringComparison.Ordinal);
        Assert.Equal("https://history.state.gov/departmenthistory/travels/secretary/blinken-antony-j", graph.Article.Url);
    }

    [Fact]
    public void Trip_KeepsOtherCountriesOfficials_AndLeavesOutTheUsOfficialsAccompanied()
    {
        var graph = Mapper.Map(Trip("1714", "William Pierce Rogers", "1970-08-20", "1970-08-21", "mexico", "Mexico", "Puerto Vallarta",
            "Accompanied President Nixon; met with President Diaz Ordaz and British Prime Minister Heath."), Presidents, Cancellation);

        Assert.DoesNotContain(graph.Persons, p => p.Name.Contains("Nixon", StringComparison.Ordinal));
        Assert.Equal("MX", Assert.Single(graph.Persons, p => p.Name.Contains("Diaz Ordaz", StringComparison.Ordinal)).Country); // host country
        Assert.Equal("GB", Assert.Single(graph.Persons, p => p.Name == "Heath").Country); // stated country wins
        Assert.Equal(2, graph.Meetings.Count);
        Assert.All(graph.Meetings, m => Assert.Equal("William Pierce Rogers", m.Participants[0]));
    }

    [Fact]
    public void Trip_NamingNoOne_StoresTheSourceWithoutMeetings()
    {
        var graph = Mapper.Map(Trip("3569", "John Forbes Kerry", "2015-05-12", "2015-05-14", "turkey", "Turkey", "Antalya",
            "Attended a NATO Foreign Ministers Meeting."), Presidents, Cancellation);

        Assert.Empty(graph.Meetings);
        Assert.Equal("John Forbes Kerry", Assert.Single(graph.Persons).Name);
    }

    [Fact]
    public void Visit_IsAMeetingWithThePresidentInOffice_AndTheVisitorIsOfTheCountryTheyCameFrom()
    {
        var graph = Mapper.Map(Visit("2991", "Prime Minister Kyriakos Mitsotakis", "2020-01-07", "greece", "Greece"), Presidents, Cancellation);

        var meeting = Assert.Single(graph.Meetings);
        Assert.Equal(["Kyriakos Mitsotakis", "Donald J. Trump"], meeting.Participants);
        Assert.Equal(("2020-01-07", null, null, "US"), (meeting.Date, meeting.EndDate, meeting.Place, meeting.Country));
        var visitor = graph.Persons[0];
        Assert.Equal(("GR", new OfficeMention("Prime Minister", "GR")), (visitor.Country, Assert.Single(visitor.Offices)));
        var host = graph.Persons[1];
        Assert.Equal("US", host.Country);
        Assert.Equal(["Donald Trump"], host.Aliases);
    }

    [Theory]
    [InlineData("Attended the U.S.-Africa Leaders' Summit.", "U.S.-Africa Leaders' Summit")]
    [InlineData("Attended the G-20 Economic Summit in Pittsburgh, Pennsylvania. Also met with the President.", "G-20 Economic Summit in Pittsburgh, Pennsylvania")]
    [InlineData("Attended North Atlantic Alliance Summit conference.", "North Atlantic Alliance Summit conference")]
    [InlineData("Official Visit.", null)]
    [InlineData("Discussed a Middle East peace conference with the President.", null)]
    public void Visit_ToAttendASummit_IsThatGathering(string description, string? gathering)
    {
        var graph = Mapper.Map(Visit("3001", "Prime Minister Kyriakos Mitsotakis", "2020-01-07", "greece", "Greece") with { Remarks = description }, Presidents, Cancellation);

        Assert.Equal(gathering, Assert.Single(graph.Meetings).Gathering);
    }

    [Fact]
    public void Visit_OnInaugurationDay_MeetsTheIncomingPresident_AndTwoBushesGetNoSharedShortName()
    {
        Assert.Equal("Joseph R. Biden", Mapper.Map(Visit("1", "King Abdullah II", "2021-01-20", "jordan", "Jordan"), Presidents, Cancellation).Meetings[0].Participants[1]);

        var bush = Mapper.Map(Visit("2", "Chancellor Helmut Kohl", "1990-02-24", "germany", "Germany, Federal Republic of"), Presidents, Cancellation);
        Assert.Equal("DE", bush.Persons[0].Country);
        Assert.Empty(Assert.Single(bush.Persons, p => p.Name == "George H.W. Bush").Aliases); // "George Bush" is two presidents
    }

    [Fact]
    public void Visit_BeforeTheFirstKnownTerm_HasNoMeeting()
    {
        Assert.Empty(Mapper.Map(Visit("3", "King Kalakaua", "1874-12-12", "hawaii", "Hawaii"), Presidents, Cancellation).Meetings);
    }

    [Theory]
    [InlineData("korea-south", "Korea, South", "KR")]
    [InlineData("germany", "Germany, Federal Republic of", "DE")]
    [InlineData("burma", "Burma (Myanmar)", "MM")]
    [InlineData("ussr", "U.S.S.R.", "RU")]
    [InlineData("china", "China, People’s Republic of", "CN")]
    [InlineData("united-kingdom", "United Kingdom (Northern Ireland)", "GB")]
    public void Countries_ResolveCurrentAndFormerNames(string slug, string name, string code) =>
        Assert.Equal(code, Mapper.CountryOf(Visit("9", "King X", "2000-01-01", slug, name)));

    [Fact]
    public void EveryCountryInTheRecords_Resolves()
    {
        var layout = HistoryStateLayout.Locate(Path.Combine(RepositoryFolders.Root, "samples", "history-state"));
        var unresolved = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in layout.RecordFiles)
        {
            foreach (var read in HistoryStateReader.ReadFileAsync(file, Cancellation).ToBlockingEnumerable(Cancellation))
            {
                if (read.Record is { } record && Mapper.CountryOf(record) is null)
                {
                    unresolved.Add($"{record.CountryId} ({record.CountryName})");
                }
            }
        }

        Assert.True(unresolved.Count == 0, "Unresolved: " + string.Join("; ", unresolved));
    }

    private static OfficialRecord Trip(string id, string name, string start, string end, string countryId, string country, string locale, string remarks) =>
        new(OfficialRecordKind.SecretaryTrip, id, "blinken-antony-j", name, DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), countryId, country, locale, remarks, "test");

    private static OfficialRecord Visit(string id, string visitor, string start, string countryId, string country)
    {
        var day = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture);
        return new(OfficialRecordKind.Visit, id, null, visitor, day, day, countryId, country, null, "Official Visit.", "test");
    }
}
