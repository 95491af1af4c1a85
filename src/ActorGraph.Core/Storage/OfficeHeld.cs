using ActorGraph.Core.ReferenceData.OfficeHolders;

namespace ActorGraph.Core.Storage;

/// <summary>An office a person holds or held: a term from the office-holders table, or an office a source states.</summary>
/// <param name="From">Start of a term, as precise as the source gives it (yyyy-MM-dd, yyyy-MM or yyyy).</param>
/// <param name="To">End of a term; null while the source says the holder is in office.</param>
/// <param name="AsOf">For an office a source states: the publication date of the earliest such source.</param>
/// <param name="Source">"article" for an office a source states, else the table's source ("wikidata", "supplement", "history-state").</param>
public sealed record OfficeHeld(
    string Title,
    string? Country,
    string? AsOf,
    OfficeKind Kind = OfficeKind.Other,
    string? From = null,
    string? To = null,
    string? ConfirmedUntil = null,
    string Source = OfficeHeld.ArticleSource)
{
    public const string ArticleSource = "article";

    /// <summary>A term of the table, or null for an office a source states.</summary>
    public OfficeTerm? Term(string personId) => Source == ArticleSource ? null
        : new OfficeTerm(personId, Kind, Title, Country, PartialDate.Parse(From), PartialDate.Parse(To),
            DateOnly.TryParseExact(ConfirmedUntil, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var c) ? c : null, Source);
}
