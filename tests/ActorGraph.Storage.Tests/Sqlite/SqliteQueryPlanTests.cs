using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Sqlite;
using ActorGraph.Storage.Tests.Conformance;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using static ActorGraph.Storage.Tests.Conformance.GraphStoreConformanceTests;

namespace ActorGraph.Storage.Tests.Sqlite;

/// <summary>
/// Every statement the read side runs on SQLite, asked through every query of <see cref="IGraphQueries"/>, is planned
/// without a full scan of a table that grows with the graph. The store runs no ANALYZE, so SQLite plans by its rules
/// and not by row counts: a plan on this small store is the plan on a store of a million meetings.
/// </summary>
public sealed partial class SqliteQueryPlanTests(SqliteStoreUnderTest target) : IClassFixture<SqliteStoreUnderTest>
{
    /// <summary>Tables that grow with the sources or the office-holders table.</summary>
    private static readonly HashSet<string> LargeTables = new(StringComparer.Ordinal)
    {
        "persons", "person_aliases", "person_search", "meetings", "attended", "meeting_sources", "articles", "holds", "offices", "office_terms",
        "meeting_country_pairs", "places", "mentions", "meeting_reports",
    };

    /// <summary>Statements that read a whole table on purpose (matched by a fragment of their text), and why.</summary>
    private static readonly Dictionary<string, string> ScansByDesign = new(StringComparer.Ordinal)
    {
        ["name_key LIKE $pattern ESCAPE"] = "searchPersons with fewer than three characters (or a wildcard character) matches most names; the trigram index serves longer text",
    };

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryReadStatement_SeeksByIndex_AndScansNoLargeTable()
    {
        var services = await target.CreateEmptyAsync(Cancellation);
        var store = services.GetRequiredService<IGraphStore>();
        var queries = services.GetRequiredService<IGraphQueries>();
        List<Core.Annotation.PersonMention> people = [Person("Lena Voss", "DE", "Foreign Minister"), Person("Marco Rinaldi", "IT"), Person("Ada Kowal", "PL")];
        await store.UpsertAsync(Graph("Voss meets Rinaldi", "2024-04-02", people,
            [Meeting("Lena Voss", "Marco Rinaldi", "2024-04-02", MeetingStatus.Held), Meeting("Marco Rinaldi", "Ada Kowal", "2024-05-06", MeetingStatus.Planned)]), Cancellation);

        var recorded = new List<(string Sql, (string Name, object? Value)[] Parameters)>();
        SqlRunner.Recorded.Value = recorded;
        try
        {
            await AskEverythingAsync(queries);
        }
        finally
        {
            SqlRunner.Recorded.Value = null;
        }

        var statements = recorded.DistinctBy(r => r.Sql).ToList();
        Assert.True(statements.Count >= 15, $"only {statements.Count} statements were recorded");
        var connections = services.GetRequiredService<SqliteConnectionFactory>();
        await using var connection = await connections.OpenAsync(Cancellation);
        var problems = new List<string>();
        var scannedByDesign = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (sql, parameters) in statements)
        {
            var scans = await LargeTableScansAsync(connection, sql, parameters);
            var reason = ScansByDesign.Keys.FirstOrDefault(fragment => sql.Contains(fragment, StringComparison.Ordinal));
            if (scans.Count > 0 && reason is null)
            {
                problems.Add($"{string.Join(", ", scans)} in:\n{sql.Trim()}");
            }
            else if (scans.Count > 0)
            {
                scannedByDesign.Add(reason!);
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
        Assert.Equal(ScansByDesign.Keys.Order(StringComparer.Ordinal), scannedByDesign.Order(StringComparer.Ordinal)); // a reason for a scan that no longer happens is stale
    }

    [Fact]
    public async Task AScanOfALargeTable_IsFound()
    {
        var services = await target.CreateEmptyAsync(Cancellation);
        await using var connection = await services.GetRequiredService<SqliteConnectionFactory>().OpenAsync(Cancellation);

        var scans = await LargeTableScansAsync(connection, "SELECT p.id FROM persons p WHERE p.name LIKE $n;", [("$n", "%a%")]);
        var unconstrained = await LargeTableScansAsync(connection, "SELECT person_id FROM person_search;", []);
        var constrained = await LargeTableScansAsync(connection, "SELECT person_id FROM person_search WHERE key LIKE $k;", [("$k", "%oss%")]);

        Assert.Equal(["persons"], scans);
        Assert.Equal(["person_search"], unconstrained);
        Assert.Empty(constrained);
    }

    private static async Task AskEverythingAsync(IGraphQueries queries)
    {
        var voss = await queries.ResolvePersonAsync("Lena Voss", Cancellation);
        await queries.ResolvePersonAsync("Rinaldi", Cancellation); // by surname
        await Assert.ThrowsAsync<PersonResolutionException>(() => queries.ResolvePersonAsync("Lena Vosz", Cancellation)); // "did you mean"
        await queries.ResolvePersonAsync(voss.Id, Cancellation);
        await queries.SearchPersonsAsync("voss", 10, Cancellation);
        await queries.SearchPersonsAsync("vo", 10, Cancellation);
        await queries.GetPersonAsync("Lena Voss", Cancellation);
        await queries.WhoMetAsync("Marco Rinaldi", null, null, null, Cancellation);
        await queries.WhoMetAsync("Marco Rinaldi", "2024-01-01", "2024-12-31", "foreign minister", Cancellation);
        await queries.CounterpartPageAsync("Marco Rinaldi", null, null, null, 0, 1, Cancellation);
        await queries.CounterpartPageAsync("Marco Rinaldi", "2024-01-01", null, null, 5, 1, Cancellation);
        await queries.DidMeetAsync("Lena Voss", "Marco Rinaldi", Cancellation);
        await queries.ConnectionAsync("Lena Voss", "Ada Kowal", 3, Cancellation);
        await queries.NetworkAsync("Lena Voss", 2, Cancellation);
        await queries.CountryContactsAsync("DE", Cancellation);
        await queries.OfficeHoldersAsync("FR", "foreign minister", "2019-06-01", Cancellation);
        await queries.TimelineAsync("Marco Rinaldi", Cancellation);
        var all = await queries.FindMeetingsAsync(new MeetingFilter(), Cancellation);
        await queries.FindMeetingsAsync(new MeetingFilter(Participant: "Marco Rinaldi", Country: "IT", From: "2024-01-01", To: "2024-12-31", Status: MeetingStatus.Held), Cancellation);
        await queries.FindMeetingsAsync(new MeetingFilter(Country: "DE", CounterpartOffice: "foreign minister"), Cancellation);
        await queries.MeetingPageAsync(new MeetingFilter(), new MeetingCursor("2024-04-02", all[0].Id), 1, true, Cancellation);
        await queries.MeetingPageAsync(new MeetingFilter(Participant: "Marco Rinaldi"), null, 1, true, Cancellation);
        await queries.MeetingPageAsync(new MeetingFilter(Participant: "Marco Rinaldi", Status: MeetingStatus.Planned), null, 1, true, Cancellation);
        await queries.MeetingPageAsync(new MeetingFilter(Country: "PL", From: "2024-01-01"), null, 1, true, Cancellation);
        await queries.GetSourcesByMeetingIdsAsync(all.Select(m => m.Id).ToList(), Cancellation);
        await queries.GetPersonsByIdsAsync([voss.Id], Cancellation);
    }

    /// <summary>The large tables a statement's plan reads whole ("SCAN p" for persons p, not "SEARCH … USING INDEX").</summary>
    private static async Task<List<string>> LargeTableScansAsync(SqliteConnection connection, string sql, (string Name, object? Value)[] parameters)
    {
        var aliases = TableReference().Matches(sql)
            .Select(m => (Table: m.Groups["table"].Value, Alias: m.Groups["alias"].Success && !IsKeyword(m.Groups["alias"].Value) ? m.Groups["alias"].Value : m.Groups["table"].Value))
            .GroupBy(r => r.Alias, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Table, StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var scans = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Cancellation);
        while (await reader.ReadAsync(Cancellation))
        {
            var detail = reader.GetString(3);
            if (ScanStep().Match(detail) is { Success: true } scan && !IndexedVirtualTable().IsMatch(detail)
                && aliases.GetValueOrDefault(scan.Groups["name"].Value, scan.Groups["name"].Value) is var table && LargeTables.Contains(table))
            {
                scans.Add(table);
            }
        }

        return scans;
    }

    private static bool IsKeyword(string word) =>
        word.ToUpperInvariant() is "WHERE" or "ON" or "JOIN" or "LEFT" or "CROSS" or "INNER" or "ORDER" or "GROUP" or "LIMIT" or "UNION" or "INTERSECT" or "AS" or "USING" or "SET";

    [GeneratedRegex(@"\b(?:FROM|JOIN)\s+(?<table>[a-z_]+)(?:\s+(?:AS\s+)?(?<alias>[a-z_][a-z0-9_]*))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TableReference();

    // "SCAN p" or "SCAN persons" reads every row; "SCAN p USING COVERING INDEX …" still does (in index order).
    [GeneratedRegex(@"^SCAN (?<name>[a-z_][a-z0-9_]*)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ScanStep();

    // A virtual table (the FTS5 trigram index person_search) "scans" through its own index when it was given a
    // constraint ("VIRTUAL TABLE INDEX 0:L1", LIKE on a column); with none ("INDEX 0:") it reads everything.
    [GeneratedRegex(@"VIRTUAL TABLE INDEX \d+:\S", RegexOptions.CultureInvariant)]
    private static partial Regex IndexedVirtualTable();
}
