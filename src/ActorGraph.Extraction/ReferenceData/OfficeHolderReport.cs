namespace ActorGraph.Extraction.ReferenceData;

/// <summary>What the office-holders generator read, cleaned and wrote: one counter per cleaning rule.</summary>
public sealed class OfficeHolderReport
{
    public int RowsRead { get; set; }

    public List<string> SkippedJurisdictions { get; } = [];

    public int RowsWithoutCountry { get; set; }

    public int UnreadableDates { get; set; }

    public int SwappedDates { get; set; }

    public int ExactDuplicates { get; set; }

    public int StaleOpenTermsClosed { get; set; }

    public int RowsMerged { get; set; }

    public int SecondaryRowsAdded { get; set; }

    public int SecondaryRowsCovered { get; set; }

    public int SupplementRows { get; set; }

    public int ClosedBySuccessor { get; set; }

    public int HistoryStateLinked { get; set; }

    public int HistoryStateAdded { get; set; }

    public int Persons { get; set; }

    public int Terms { get; set; }

    public IEnumerable<string> Lines()
    {
        yield return $"rows read: {RowsRead:N0}";
        yield return $"jurisdictions skipped (no ISO 3166 code: sub-national or disputed): {SkippedJurisdictions.Count} ({string.Join(", ", SkippedJurisdictions)})";
        yield return $"rows without a country (UN representatives of unnamed states): {RowsWithoutCountry:N0}";
        yield return $"unreadable dates dropped: {UnreadableDates:N0}";
        yield return $"terms ending before they start, dates swapped: {SwappedDates:N0}";
        yield return $"exact duplicate rows: {ExactDuplicates:N0}";
        yield return $"stale open terms closed by a dated row of the same office: {StaleOpenTermsClosed:N0}";
        yield return $"rows merged into a touching or overlapping term: {RowsMerged:N0}";
        yield return $"leaders and foreign-minister rows added: {SecondaryRowsAdded:N0} (already covered: {SecondaryRowsCovered:N0})";
        yield return $"supplement rows: {SupplementRows:N0}";
        yield return $"open terms closed by a successor's start: {ClosedBySuccessor:N0}";
        yield return $"history-state officials linked to a person: {HistoryStateLinked:N0}, added as persons: {HistoryStateAdded:N0}";
        yield return $"persons: {Persons:N0}, terms: {Terms:N0}";
    }
}
