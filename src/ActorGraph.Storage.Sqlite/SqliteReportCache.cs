using ActorGraph.Core.Storage;

namespace ActorGraph.Storage.Sqlite;

/// <summary>
/// The reports of recently derived groups, kept between batches so a pair in the news every day is not read back
/// whole on every batch. Each entry carries the group's version (<c>meeting_groups</c>), which every derivation bumps
/// in its transaction: an entry is used only while the store still has that version, so another process's writes, a
/// person's edits and rolled-back batches are never missed. Entries are replaced after a commit only.
/// </summary>
internal sealed class SqliteReportCache
{
    /// <summary>Beyond this many reports held, the cache starts over (memory stays bounded on any store).</summary>
    private const int MaxReports = 400_000;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _groups = new(StringComparer.Ordinal);
    private int _reports;

    public IReadOnlyList<MeetingReport>? Get(string groupKey, long version)
    {
        lock (_lock)
        {
            return _groups.TryGetValue(groupKey, out var entry) && entry.Version == version ? entry.Reports : null;
        }
    }

    /// <summary>What a committed batch derived: each group's new version and all its reports.</summary>
    public void Remember(IEnumerable<(string GroupKey, long Version, IReadOnlyList<MeetingReport> Reports)> groups)
    {
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

    private sealed record Entry(long Version, IReadOnlyList<MeetingReport> Reports);
}
