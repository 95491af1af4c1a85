namespace ActorGraph.Extraction.Records;

/// <summary>
/// One visit or trip as the upstream XML states it, before mapping. For a visit, <see cref="Name"/> is the visitor
/// string ("Prime Minister Kyriakos Mitsotakis") and <see cref="Remarks"/> the description; for a trip, the traveller's
/// full name and the free-text remarks naming the people met.
/// </summary>
/// <param name="Who">The traveller's slug (<c>blinken-antony-j</c>); null for visits.</param>
/// <param name="CountryId">The upstream country slug (<c>korea-south</c>).</param>
/// <param name="Origin">File and element position, for error messages.</param>
public sealed record OfficialRecord(
    OfficialRecordKind Kind,
    string Id,
    string? Who,
    string Name,
    DateOnly StartDate,
    DateOnly EndDate,
    string CountryId,
    string CountryName,
    string? Locale,
    string Remarks,
    string Origin)
{
    /// <summary>The record id as stored on its source node: <c>history-state/trip/4019</c>, <c>history-state/visit/2991</c>.</summary>
    public string RecordId => "history-state/" + (Kind == OfficialRecordKind.Visit ? "visit/" : "trip/") + Id;
}
