namespace ActorGraph.Core.ReferenceData.OfficeHolders;

/// <summary>
/// One term of office: who, which office (kind, title as the source writes it, country; none for an international
/// post), from and to as partial dates (to is null while the source says the holder is still in office).
/// </summary>
/// <param name="ConfirmedUntil">For a term with no end: the day the source last said the holder was in office.</param>
/// <param name="Source">Where the term comes from: "wikidata", "history-state" or "supplement".</param>
public sealed record OfficeTerm(
    string PersonId,
    OfficeKind Kind,
    string Title,
    string? Country,
    PartialDate? From,
    PartialDate? To,
    DateOnly? ConfirmedUntil,
    string Source)
{
    /// <summary>
    /// Whether the holder held the office on a day, or at some time in a month or year. The end day belongs to the
    /// successor (on the handover day the outgoing holder only "approximately" holds it); a year-only date covers its
    /// whole year only approximately; an open term is certain up to <see cref="ConfirmedUntil"/>.
    /// </summary>
    public TermMatch Covers(PartialDate period)
    {
        var possible = (From is not { } start || start.Earliest <= period.Latest)
            && (To is not { } end || end.Latest >= period.Earliest);
        if (!possible)
        {
            return TermMatch.No;
        }

        var certain = From is { } known && known.Latest <= period.Latest
            && (To is { } end2 ? end2.Earliest > period.Earliest : ConfirmedUntil is not { } confirmed || confirmed >= period.Earliest);
        return certain ? TermMatch.Yes : TermMatch.Approximately;
    }
}
