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
        return counterpartIds
            .Select(id =>
            {
                var together = meetings.Where(m => m.ParticipantIds.Contains(id)).ToList();
                var dates = together.Select(m => m.Date).OfType<string>().Order(StringComparer.Ordinal).ToList();
                return new Counterpart(people[id], together.Count, dates.FirstOrDefault(), dates.LastOrDefault(), together);
            })
            .OrderByDescending(c => c.Count).ThenBy(c => c.FirstDate ?? "9999", StringComparer.Ordinal).ThenBy(c => c.Person.Name, StringComparer.Ordinal)
            .ToList();
    }
}
