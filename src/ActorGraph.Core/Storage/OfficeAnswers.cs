using ActorGraph.Core.ReferenceData.OfficeHolders;

namespace ActorGraph.Core.Storage;

/// <summary>
/// How every store answers office questions from the terms it holds, the same way: who held an office on a day
/// (the title asked for if the country used it that day, else the kind; certain answers first), and whether a person
/// held an office of a kind when they met someone.
/// </summary>
public static class OfficeAnswers
{
    /// <summary>The holders among <paramref name="candidates"/> (terms of the country, of the kind or title asked for), one answer per person.</summary>
    public static IReadOnlyList<(string PersonId, OfficeHeld Office, bool Approximate)> HoldersOn(
        IEnumerable<(string PersonId, OfficeHeld Office)> candidates, OfficeQuery office, PartialDate on)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(office);
        var onTheDay = candidates
            .Select(c => (c.PersonId, c.Office, Match: c.Office.Term(c.PersonId)?.Covers(on) ?? TermMatch.No))
            .Where(c => c.Match != TermMatch.No)
            .ToList();
        return office.Select(onTheDay, c => c.Office.Title, c => c.Office.Kind)
            .OrderBy(c => c.Match == TermMatch.Approximately)
            .ThenBy(c => PartialDate.Parse(c.Office.From)?.Earliest ?? DateOnly.MinValue)
            .ThenBy(c => c.PersonId, StringComparer.Ordinal)
            .DistinctBy(c => c.PersonId)
            .Select(c => (c.PersonId, c.Office, c.Match == TermMatch.Approximately))
            .ToList();
    }

    /// <summary>
    /// Whether one of <paramref name="offices"/> is the office asked for and was held on the day of the meeting: a term
    /// that covers the day (or any term, for an undated meeting), or an office a source states.
    /// </summary>
    public static bool HeldAt(string personId, IEnumerable<OfficeHeld> offices, OfficeQuery office, string? meetingDate)
    {
        ArgumentNullException.ThrowIfNull(offices);
        ArgumentNullException.ThrowIfNull(office);
        var day = PartialDate.Parse(meetingDate);
        return offices.Any(o => (office.HasTitle(o.Title) || office.HasKind(o.Kind, o.Title))
            && (o.Term(personId) is not { } term || day is not { } d || term.Covers(d) != TermMatch.No));
    }

    /// <summary>A person's offices as they are listed: terms by start, then offices sources state by date.</summary>
    public static IReadOnlyList<OfficeHeld> InOrder(IEnumerable<OfficeHeld> offices) =>
        offices.OrderBy(o => o.Source == OfficeHeld.ArticleSource)
            .ThenBy(o => PartialDate.Parse(o.From)?.Earliest ?? DateOnly.MinValue)
            .ThenBy(o => o.AsOf ?? "", StringComparer.Ordinal)
            .ThenBy(o => o.Title, StringComparer.Ordinal)
            .ThenBy(o => o.Country ?? "", StringComparer.Ordinal)
            .ToList();
}
