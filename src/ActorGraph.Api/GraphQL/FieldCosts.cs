using GraphQL.Validation.Complexity;

namespace ActorGraph.Api.GraphQL;

/// <summary>
/// What each query field costs the request's complexity budget (<see cref="ApiOptions.MaxComplexity"/>), beyond the
/// one point per field the analyzer counts: a cost that grows with what the resolver reads from the store, so a
/// request of a thousand cheap-looking aliases of <c>whoMet</c> is refused before it runs instead of after a minute.
/// Calibrated on the history-state import (2,500 people, 6,500 meetings, SQLite) at about 100 points per millisecond
/// a field took there, rounded up (whoMet of George W. Bush 60 ms, network depth 3 165 ms, the slowest connection
/// 150 ms, countryContacts of the US 65 ms): the anonymous budget of 100,000 is about a second of one core.
/// </summary>
internal static class FieldCosts
{
    /// <summary>Resolves a person and reads all their meetings, participants and sources.</summary>
    public const double WhoMet = 10_000;

    /// <summary>Both people's meetings.</summary>
    public const double DidMeet = 6_000;

    /// <summary>A filtered scan of meetings, then one page.</summary>
    public const double Meetings = 8_000;

    /// <summary>All of a person's meetings, then one page.</summary>
    public const double Timeline = 5_000;

    /// <summary>Every meeting of the people acting for a country.</summary>
    public const double CountryContacts = 10_000;

    /// <summary>A LIKE over names and aliases.</summary>
    public const double SearchPersons = 5_000;

    public const double OfficeHolders = 1_000;

    public const double Person = 1_000;

    /// <summary>Counts over every table.</summary>
    public const double Stats = 1_500;

    /// <summary>By <c>maxHops</c> (1 to 6): a breadth-first search stops growing once it has reached most of the graph.</summary>
    private static readonly double[] ConnectionByHops = [2_000, 4_000, 8_000, 15_000, 20_000, 25_000];

    /// <summary>By <c>depth</c> (1 to 3): tens of people at depth 1, thousands at depth 3, with who met whom among them.</summary>
    private static readonly double[] NetworkByDepth = [5_000, 20_000, 60_000];

    public static FieldComplexityResult Connection(FieldImpactContext context) => new(ByArgument(ConnectionByHops, context.GetArgument("maxHops", 4)), 1);

    public static FieldComplexityResult Network(FieldImpactContext context) => new(ByArgument(NetworkByDepth, context.GetArgument("depth", 1)), 20);

    /// <summary>Out-of-range arguments are refused by the resolver; until then they cost the most.</summary>
    private static double ByArgument(double[] costs, int value) => costs[Math.Clamp(value, 1, costs.Length) - 1];
}
