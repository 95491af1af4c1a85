using System.Text.Json;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;

namespace ActorGraph.Storage.Tests.Conformance;

/// <summary>
/// Every <see cref="IGraphQueries"/> operation asked of the sample graph, each answer as JSON, so two stores can be
/// compared answer by answer. A failing operation's answer is its exception type and message.
/// </summary>
public static class Answers
{
    public static IReadOnlyList<string> Operations { get; } =
    [
        "statistics", "knownActors", "resolve:Blinken", "resolve:antony blinken", "resolve:unknown", "search:bl", "search:a", "search:blin", "search:wang yi", "search:in",
        "person:Blinken", "person:Xi Jinping", "personsByIds", "meetings:all", "meetings:participant", "meetings:country", "meetings:dates", "meetings:planned",
        "sources", "whoMet:Blinken", "whoMet:Blinken:june", "whoMet:Putin", "didMeet:Blinken-Wang", "didMeet:Biden-Putin", "connection:Blinken-Kishida",
        "connection:none", "network:Blinken:1", "network:Biden:3", "countryContacts:US", "countryContacts:China", "timeline:Biden",
        "officeHolders:CN-fm-2018", "officeHolders:US-president-2021", "officeHolders:GB-pm-2022", "whoMet:Blinken:foreign-ministers", "meetings:counterpart-president",
        "person:Wang Yi", "counterpartPages:Blinken", "counterpartPages:Blinken:june", "counterpartPages:Putin:beyond", "meetingPages:all", "meetingPages:participant",
        "meetingPages:country", "meetingPages:dates", "meetingPages:planned", "meetingPages:counterpart-president",
    ];

    /// <summary>The filters the meeting-page operations and tests walk through, by name.</summary>
    public static IReadOnlyDictionary<string, MeetingFilter> MeetingFilters { get; } = new Dictionary<string, MeetingFilter>
    {
        ["all"] = new(),
        ["participant"] = new(Participant: "Putin"),
        ["country"] = new(Country: "CN"),
        ["dates"] = new(From: "2023-08-01", To: "2023-12-31"),
        ["from"] = new(From: "2023-06-10"),
        ["to"] = new(To: "2023-06-30"),
        ["planned"] = new(Status: MeetingStatus.Planned),
        ["participant-dates"] = new(Participant: "Blinken", From: "2023-06-01", To: "2023-12-31"),
        ["participant-country"] = new(Participant: "Biden", Country: "CN"),
        ["counterpart-president"] = new(CounterpartOffice: "president"),
    };

    public static async Task<string> AskAsync(IGraphStore store, IGraphQueries queries, string operation, CancellationToken cancellationToken)
    {
        try
        {
            object answer = operation switch
            {
                "statistics" => await store.GetStatisticsAsync(cancellationToken),
                "officeHolders:CN-fm-2018" => await queries.OfficeHoldersAsync("CN", "foreign minister", "2018-05-01", cancellationToken),
                "officeHolders:US-president-2021" => await queries.OfficeHoldersAsync("US", "president", "2021", cancellationToken),
                "officeHolders:GB-pm-2022" => await queries.OfficeHoldersAsync("United Kingdom", "prime minister", "2022", cancellationToken),
                "whoMet:Blinken:foreign-ministers" => await queries.WhoMetAsync("Blinken", null, null, "foreign minister", cancellationToken),
                "meetings:counterpart-president" => await queries.FindMeetingsAsync(new MeetingFilter(CounterpartOffice: "president"), cancellationToken),
                "person:Wang Yi" => await queries.GetPersonAsync("Wang Yi", cancellationToken),
                "knownActors" => (await store.GetKnownActorsAsync(cancellationToken)).OrderBy(a => a.Id, StringComparer.Ordinal)
                    .Select(a => new { a.Id, a.Name, a.Country, Aliases = a.Aliases.Order(StringComparer.Ordinal).ToList() }).ToList(),
                "resolve:Blinken" => await queries.ResolvePersonAsync("Blinken", cancellationToken),
                "resolve:antony blinken" => await queries.ResolvePersonAsync("  antony BLINKEN ", cancellationToken),
                "resolve:unknown" => await queries.ResolvePersonAsync("Nobody Anywhere", cancellationToken),
                "search:bl" => await queries.SearchPersonsAsync("bl", 10, cancellationToken),
                "search:a" => await queries.SearchPersonsAsync("a", 5, cancellationToken),
                "search:blin" => await queries.SearchPersonsAsync("Blin", 10, cancellationToken),
                "search:wang yi" => await queries.SearchPersonsAsync("WANG YI", 10, cancellationToken),
                "search:in" => await queries.SearchPersonsAsync("in", 50, cancellationToken),
                "person:Blinken" => await queries.GetPersonAsync("Blinken", cancellationToken),
                "person:Xi Jinping" => await queries.GetPersonAsync("President Xi Jinping", cancellationToken),
                "personsByIds" => (await queries.GetPersonsByIdsAsync(["person/antony-blinken", "person/wang-yi", "person/nobody"], cancellationToken)).OrderBy(p => p.Key, StringComparer.Ordinal).ToList(),
                "meetings:all" => await queries.FindMeetingsAsync(new MeetingFilter(), cancellationToken),
                "meetings:participant" => await queries.FindMeetingsAsync(new MeetingFilter(Participant: "Putin"), cancellationToken),
                "meetings:country" => await queries.FindMeetingsAsync(new MeetingFilter(Country: "CN"), cancellationToken),
                "meetings:dates" => await queries.FindMeetingsAsync(new MeetingFilter(From: "2023-08-01", To: "2023-12-31"), cancellationToken),
                "meetings:planned" => await queries.FindMeetingsAsync(new MeetingFilter(Status: MeetingStatus.Planned), cancellationToken),
                "sources" => await SourcesAsync(queries, cancellationToken),
                "whoMet:Blinken" => await queries.WhoMetAsync("Blinken", null, null, null, cancellationToken),
                "whoMet:Blinken:june" => await queries.WhoMetAsync("Blinken", "2023-06-01", "2023-06-30", null, cancellationToken),
                "whoMet:Putin" => await queries.WhoMetAsync("Vladimir Putin", null, null, null, cancellationToken),
                "didMeet:Blinken-Wang" => await queries.DidMeetAsync("Blinken", "Wang Yi", cancellationToken),
                "didMeet:Biden-Putin" => await queries.DidMeetAsync("Joe Biden", "Putin", cancellationToken),
                "connection:Blinken-Kishida" => (object?)await queries.ConnectionAsync("Blinken", "Kishida", 6, cancellationToken) ?? "none",
                "connection:none" => (object?)await queries.ConnectionAsync("Blinken", "Ramaphosa", 6, cancellationToken) ?? "none",
                "network:Blinken:1" => await queries.NetworkAsync("Blinken", 1, cancellationToken),
                "network:Biden:3" => await queries.NetworkAsync("Biden", 3, cancellationToken),
                "countryContacts:US" => await queries.CountryContactsAsync("US", cancellationToken),
                "countryContacts:China" => await queries.CountryContactsAsync("China", cancellationToken),
                "timeline:Biden" => await queries.TimelineAsync("Biden", cancellationToken),
                "counterpartPages:Blinken" => await CounterpartPagesAsync(queries, "Blinken", null, null, 0, cancellationToken),
                "counterpartPages:Blinken:june" => await CounterpartPagesAsync(queries, "Blinken", "2023-06-01", "2023-06-30", 0, cancellationToken),
                "counterpartPages:Putin:beyond" => await CounterpartPagesAsync(queries, "Putin", null, null, 50, cancellationToken),
                _ when operation.StartsWith("meetingPages:", StringComparison.Ordinal) =>
                    await MeetingPagesAsync(queries, MeetingFilters[operation["meetingPages:".Length..]], 3, cancellationToken),
                _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "unknown operation"),
            };
            return JsonSerializer.Serialize(answer, Json);
        }
        catch (Exception e) when (e is PersonResolutionException or ArgumentException)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }

    /// <summary>Every page of two counterparts from <paramref name="offset"/> on, as the API would ask for them.</summary>
    public static async Task<List<CounterpartPage>> CounterpartPagesAsync(IGraphQueries queries, string person, string? from, string? to, int offset,
        CancellationToken cancellationToken)
    {
        var id = (await queries.ResolvePersonAsync(person, cancellationToken)).Id;
        var pages = new List<CounterpartPage>();
        for (var page = 0; page < 100; page++)
        {
            pages.Add(await queries.CounterpartPageAsync(id, from, to, null, offset + (page * 2), 2, cancellationToken));
            if (pages[^1].Counterparts.Count < 2)
            {
                break;
            }
        }

        return pages;
    }

    /// <summary>Every page of <paramref name="size"/> meetings, each asked for after the last meeting of the one before.</summary>
    public static async Task<List<MeetingPage>> MeetingPagesAsync(IGraphQueries queries, MeetingFilter filter, int size, CancellationToken cancellationToken)
    {
        var pages = new List<MeetingPage>();
        MeetingCursor? after = null;
        for (var page = 0; page < 200; page++)
        {
            pages.Add(await queries.MeetingPageAsync(filter, after, size, countTotal: page % 2 == 0, cancellationToken));
            if (!pages[^1].HasMore || pages[^1].Meetings.Count == 0)
            {
                break;
            }

            after = MeetingCursor.Of(pages[^1].Meetings[^1]);
        }

        return pages;
    }

    private static async Task<object> SourcesAsync(IGraphQueries queries, CancellationToken cancellationToken)
    {
        var ids = (await queries.FindMeetingsAsync(new MeetingFilter(), cancellationToken)).Select(m => m.Id).Append("meeting/none").ToList();
        var sources = await queries.GetSourcesByMeetingIdsAsync(ids, cancellationToken);
        return sources.OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
