
namespace ActorGraph.Ingestion.Records;

/// <summary>What an import did; filled in as it goes, so progress reports read the same object.</summary>
public sealed class RecordImportSummary
{
    public const int FailuresKept = 50;

    private readonly List<(string Origin, string Error)> _failures = [];

    public int Files { get; internal set; }

    public int Records { get; internal set; }

    /// <summary>Records stored as new sources.</summary>
    public int Added { get; internal set; }

    /// <summary>Records whose source was already stored (a re-import).</summary>
    public int AlreadyStored { get; internal set; }

    /// <summary>Records that name no one the traveller met (an address, a conference), stored as sources without meetings.</summary>
    public int WithoutMeetings { get; internal set; }

    /// <summary>Meetings written by new sources, before merging with meetings already in the graph.</summary>
    public int Meetings { get; internal set; }

    public int Persons { get; internal set; }

    public int Failed { get; internal set; }

    /// <summary>The first <see cref="FailuresKept"/> failures (record or file, and why); <see cref="Failed"/> counts all.</summary>
    public IReadOnlyList<(string Origin, string Error)> Failures => _failures;

    internal void Fail(string origin, string error)
    {
        Failed++;
        if (_failures.Count < FailuresKept)
        {
            _failures.Add((origin, error));
        }
    }
}
