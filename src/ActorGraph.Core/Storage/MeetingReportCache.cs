namespace ActorGraph.Core.Storage;

/// <summary>
/// The reports of recently derived groups, kept between batches so a pair in the news every day is not read back
/// whole on every batch. Each entry carries the version its store gave the group at that derivation (every
/// derivation gives a new one in its transaction): an entry is used only while the store still has that version, so
/// another process's writes, a person's edits and rolled-back batches are never missed. Entries are replaced after a
/// commit only.
/// </summary>
public sealed class MeetingReportCache
{
    /// <summary>Beyond this many reports held, the cache starts over (memory stays bounded on any store).</summary>
    private const int MaxReports = 400_000;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _groups = new(StringComparer.Ordinal);
    private int _reports;

    /// <summary>The group's reports if the store's version of it is still <paramref name="version"/>.</summary>
    public IReadOnlyList<MeetingReport>? Get(string groupKey, string? version)
    {
        lock (_lock)
        {
            return _groups.TryGetValue(groupKey, out var entry) && entry.Version == version ? entry.Reports : null;
        }
    }

    /// <summary>The version of the group the cache holds reports for, if any.</summary>
    public string? VersionOf(string groupKey)
    {
        lock (_lock)
        {
            return _groups.TryGetValue(groupKey, out var entry) ? entry.Version : null;
        }
    }

    /// <summary>What a committed batch derived: each group's new version and all its reports.</summary>
    public void Remember(IEnumerable<(string GroupKey, string Version, IReadOnlyList<MeetingReport> Reports)> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        lock (_lock)
        {
            foreach (var (key, version, reports) in groups)
            {
                if (_groups.Remove(key, out var old))
                {
                    _reports -= old.Reports.Count;
                }

                if (_reports + reports.Count > MaxReports)
                {
                    _groups.Clear();
                    _reports = 0;
                }

                _groups[key] = new Entry(version, reports);
                _reports += reports.Count;
            }
        }
    }

    private sealed record Entry(string Version, IReadOnlyList<MeetingReport> Reports);
}
