using ActorGraph.Api.GraphQL.Types;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using GraphQL;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

/// <summary>The read side of the graph as GraphQL. Resolvers call <see cref="IGraphQueries"/> directly.</summary>
public sealed class ActorGraphQuery : ObjectGraphType
{
    /// <summary>The most people one <c>searchPersons</c> returns; a larger limit is refused, not cut silently.</summary>
    public const int MaxSearchResults = 500;

    public ActorGraphQuery(IGraphQueries queries, IGraphStore store)
    {
        Name = "Query";

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("searchPersons")
            .Description("People whose name or alias contains the text (case, accents and titles ignored).")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<IntGraphType>("limit", "At most 500.", a => a.DefaultValue = 20)
            .WithComplexityImpact(FieldCosts.SearchPersons)
            .ResolveAsync(async c => await queries.SearchPersonsAsync(c.GetArgument<string>("text"), Bounded(c.GetArgument("limit", 20), 1, MaxSearchResults, "limit"), c.CancellationToken));

        Field<NonNullGraphType<PersonProfileType>>("person")
            .Description("A person by id or by name as people write it (\"Blinken\", \"antony blinken\").")
            .Argument<NonNullGraphType<StringGraphType>>("idOrName")
            .WithComplexityImpact(FieldCosts.Person)
            .ResolveAsync(async c => await queries.GetPersonAsync(c.GetArgument<string>("idOrName"), c.CancellationToken));

        Connection<MeetingType>("meetings")
            .Description("Meetings, oldest first, filtered by participant, country (held there or attended by someone acting for it), date range and status.")
            .Argument<StringGraphType>("participant")
            .Argument<StringGraphType>("country")
            .Argument<StringGraphType>("from", "Inclusive ISO date.")
            .Argument<StringGraphType>("to", "Inclusive ISO date.")
            .Argument<MeetingStatusType>("status")
            .Argument<StringGraphType>("counterpartOffice", "Only meetings where someone else held this office that day (\"foreign minister\").")
            .WithComplexityImpact(FieldCosts.Meetings)
            .ResolveAsync(async c =>
            {
                var filter = new MeetingFilter(
                    c.GetArgument<string?>("participant"),
                    c.GetArgument<string?>("country"),
                    IsoDateArgument(c, "from"),
                    IsoDateArgument(c, "to"),
                    c.GetArgument<MeetingStatus?>("status"),
                    c.GetArgument<string?>("counterpartOffice"));
                return Paging.Meetings(await queries.MeetingPageAsync(filter, Paging.MeetingCursorOf(c.After), Paging.Size(c.First), AsksForTotal(c), c.CancellationToken),
                    c.After is not null);
            });

        Field<NonNullGraphType<WhoMetType>>("whoMet")
            .Description("Everyone the person met (held, planned or cancelled), with counts and first and last dates.")
            .Argument<NonNullGraphType<StringGraphType>>("person")
            .Argument<StringGraphType>("from", "Inclusive ISO date.")
            .Argument<StringGraphType>("to", "Inclusive ISO date.")
            .Argument<StringGraphType>("counterpartOffice", "Only counterparts who held this office when they met (\"foreign minister\", \"president\").")
            .WithComplexityImpact(FieldCosts.WhoMet)
            // The person now; the counterparts when their page is asked for, so the store ranks and cuts them.
            .ResolveAsync(async c => new WhoMetRequest(await queries.ResolvePersonAsync(c.GetArgument<string>("person"), c.CancellationToken), IsoDateArgument(c, "from"),
                IsoDateArgument(c, "to"), c.GetArgument<string?>("counterpartOffice")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeHolderType>>>>("officeHolders")
            .Description("Who held an office of a country on a day (today by default), certain answers first.")
            .Argument<NonNullGraphType<StringGraphType>>("country", "ISO code, name or demonym: \"CN\", \"China\", \"Chinese\".")
            .Argument<NonNullGraphType<StringGraphType>>("office", "As people write it: \"foreign minister\", \"Minister of Foreign Affairs\", \"president\", \"national security adviser\".")
            .Argument<StringGraphType>("on", "yyyy-MM-dd, yyyy-MM or yyyy; today when left out.")
            .WithComplexityImpact(FieldCosts.OfficeHolders)
            .ResolveAsync(async c => await queries.OfficeHoldersAsync(c.GetArgument<string>("country"), c.GetArgument<string>("office"), c.GetArgument<string?>("on"), c.CancellationToken));

        Field<NonNullGraphType<DidMeetType>>("didMeet")
            .Description("Whether two people met, with every meeting of the two and the sentences that report them.")
            .Argument<NonNullGraphType<StringGraphType>>("a")
            .Argument<NonNullGraphType<StringGraphType>>("b")
            .WithComplexityImpact(FieldCosts.DidMeet)
            .ResolveAsync(async c => await queries.DidMeetAsync(c.GetArgument<string>("a"), c.GetArgument<string>("b"), c.CancellationToken));

        Field<PersonChainType>("connection")
            .Description("The shortest chain of meetings (not called off) linking two people, or null within maxHops.")
            .Argument<NonNullGraphType<StringGraphType>>("from")
            .Argument<NonNullGraphType<StringGraphType>>("to")
            .Argument<IntGraphType>("maxHops", a => a.DefaultValue = 4)
            .WithComplexityImpact(FieldCosts.Connection)
            .ResolveAsync(async c => await queries.ConnectionAsync(c.GetArgument<string>("from"), c.GetArgument<string>("to"), Bounded(c.GetArgument("maxHops", 4), 1, MeetingGraphSearch.MaxHops, "maxHops"), c.CancellationToken));

        Field<NonNullGraphType<NetworkType>>("network")
            .Description("The people within `depth` meetings of a person, and who met whom among them.")
            .Argument<NonNullGraphType<StringGraphType>>("person")
            .Argument<IntGraphType>("depth", a => a.DefaultValue = 1)
            .WithComplexityImpact(FieldCosts.Network)
            .ResolveAsync(async c => await queries.NetworkAsync(c.GetArgument<string>("person"), Bounded(c.GetArgument("depth", 1), 1, MeetingGraphSearch.MaxDepth, "depth"), c.CancellationToken));

        Field<NonNullGraphType<CountryContactsType>>("countryContacts")
            .Description("Countries whose people met people acting for this country, by number of meetings.")
            .Argument<NonNullGraphType<StringGraphType>>("country", "ISO code or name: \"JO\", \"Jordan\", \"Jordanian\".")
            .WithComplexityImpact(FieldCosts.CountryContacts)
            .ResolveAsync(async c => await queries.CountryContactsAsync(c.GetArgument<string>("country"), c.CancellationToken));

        Connection<MeetingType>("timeline")
            .Description("A person's meetings in date order (undated ones last).")
            .Argument<NonNullGraphType<StringGraphType>>("person")
            .WithComplexityImpact(FieldCosts.Timeline)
            .ResolveAsync(async c => Paging.Meetings(
                await queries.MeetingPageAsync(new MeetingFilter(c.GetArgument<string>("person")), Paging.MeetingCursorOf(c.After), Paging.Size(c.First), AsksForTotal(c),
                    c.CancellationToken),
                c.After is not null));

        Field<NonNullGraphType<StatsType>>("stats")
            .Description("How much is in the graph.")
            .WithComplexityImpact(FieldCosts.Stats)
            .ResolveAsync(async c => await store.GetStatisticsAsync(c.CancellationToken));
    }

    /// <summary>Whether the request selects the connection's totalCount, which costs the store a count of every match.</summary>
    private static bool AsksForTotal(IResolveFieldContext context) =>
        context.SubFields is not { } fields || fields.Values.Any(f => f.Field.Name.Value == "totalCount");

    private static string? IsoDateArgument(IResolveFieldContext context, string name)
    {
        var value = context.GetArgument<string?>(name);
        if (value is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
            ? value
            : throw new ExecutionError($"\"{name}\" must be an ISO date like 2023-10-12, not {Core.InputEcho.Quote(value)}.");
    }

    private static int Bounded(int value, int min, int max, string name) =>
        value >= min && value <= max ? value : throw new ExecutionError($"\"{name}\" must be between {min} and {max}.");
}
