namespace ActorGraph.Core.Storage;

/// <summary>Turns a person's meetings into the counterparts <see cref="IGraphQueries.WhoMetAsync"/> lists, the same way for every store.</summary>
public static class CounterpartList
{
    /// <summary>The people in <paramref name="centerId"/>'s meetings other than them, the most frequent first.</summary>
    public static IReadOnlyList<string> Ids(string centerId, IReadOnlyList<MeetingRecord> meetings) =>
        meetings.SelectMany(m => m.ParticipantIds).Where(id => id != centerId).Distinct(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<Counterpart> Build(IReadOnlyList<string> counterpartIds, IReadOnlyList<MeetingRecord> meetings, IReadOnlyDictionary<string, PersonSummary> people)
    {
        ArgumentNullException.ThrowIfNull(counterpartIds);
        ArgumentNullException.ThrowIfNull(people);

        // Each person's meetings, in the order given, found once (not one pass over all meetings per counterpart).
        var meetingsOf = meetings.SelectMany(m => m.ParticipantIds.Distinct(StringComparer.Ordinal).Select(id => (Id: id, Meeting: m)))
            .ToLookup(p => p.Id, p => p.Meeting, StringComparer.Ordinal);
        return counterpartIds
            .Select(id =>
            {
                var together = meetingsOf[id].ToList();
                var dates = together.Select(m => m.Date).OfType<string>().Order(StringComparer.Ordinal).ToList();
                return new Counterpart(people[id], together.Count, dates.FirstOrDefault(), dates.LastOrDefault(), together);
            })
            .OrderByDescending(c => c.Count).ThenBy(c => c.FirstDate ?? "9999", StringComparer.Ordinal).ThenBy(c => c.Person.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Only the counterparts who held the office asked for when they met ("which foreign ministers did Blinken meet"),
    /// each with only those meetings.
    /// </summary>
    public static IReadOnlyList<Counterpart> InOffice(IReadOnlyList<Counterpart> counterparts, IReadOnlyDictionary<string, IReadOnlyList<OfficeHeld>> offices, ReferenceData.OfficeHolders.OfficeQuery office)
    {
        ArgumentNullException.ThrowIfNull(counterparts);
        ArgumentNullException.ThrowIfNull(offices);
        return counterparts
            .Select(c => (c.Person, Meetings: c.Meetings.Where(m => OfficeAnswers.HeldAt(c.Person.Id, offices.GetValueOrDefault(c.Person.Id) ?? [], office, m.Date)).ToList()))
            .Where(c => c.Meetings.Count > 0)
            .Select(c =>
            {
                var dates = c.Meetings.Select(m => m.Date).OfType<string>().Order(StringComparer.Ordinal).ToList();
                return new Counterpart(c.Person, c.Meetings.Count, dates.FirstOrDefault(), dates.LastOrDefault(), c.Meetings);
            })
            .OrderByDescending(c => c.Count).ThenBy(c => c.FirstDate ?? "9999", StringComparer.Ordinal).ThenBy(c => c.Person.Name, StringComparer.Ordinal)
            .ToList();
    }
}
