namespace ActorGraph.Ingestion;

/// <summary>
/// What an ingest of articles or an import of official records did, counted as it goes, so progress reports and the
/// final table read the same object. Keeps the first failures only, so memory stays flat.
/// </summary>
/// <param name="failuresKept">How many failures to keep with their reasons; <see cref="Failed"/> counts all.</param>
public sealed class IngestionSummary(int failuresKept)
{
    private readonly List<(string Origin, string Error)> _failures = [];

    /// <summary>Files read (an import counts them; an ingest's caller knows its files).</summary>
    public int Files { get; internal set; }

    /// <summary>Sources read whole: stored, found stored already, or in a batch a stop dropped.</summary>
    public int Read { get; private set; }

    /// <summary>Sources stored as new.</summary>
    public int Added { get; private set; }

    /// <summary>Sources that were stored already (a re-run).</summary>
    public int AlreadyStored { get; private set; }

    /// <summary>New sources that report no meeting (a record of an address or a conference).</summary>
    public int WithoutMeetings { get; private set; }

    /// <summary>People named by new sources.</summary>
    public int Persons { get; private set; }

    /// <summary>Meetings reported by new sources, before they are merged with the graph's.</summary>
    public int Meetings { get; private set; }

    public int Failed { get; private set; }

    /// <summary>Everything that was handled: stored, already stored or failed.</summary>
    public int Handled => Added + AlreadyStored + Failed;

    /// <summary>The first failures (a source, a record or a file, and why).</summary>
    public IReadOnlyList<(string Origin, string Error)> Failures => _failures;

    /// <summary>Counts an article's outcome as the ingestor reports it.</summary>
    public void Count(IngestOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Error is { } error)
        {
            Fail(outcome.Origin, error);
            return;
        }

        Read++;
        Stored(outcome.Created, outcome.Persons, outcome.Meetings, withoutMeetings: false);
    }

    internal void ReadOne() => Read++;

    internal void Stored(bool created, int persons, int meetings, bool withoutMeetings)
    {
        if (!created)
        {
            AlreadyStored++;
            return;
        }

        Added++;
        Persons += persons;
        Meetings += meetings;
        WithoutMeetings += withoutMeetings ? 1 : 0;
    }

    internal void Fail(string origin, string error)
    {
        Failed++;
        if (_failures.Count < failuresKept)
        {
            _failures.Add((origin, error));
        }
    }
}
