using ActorGraph.Core.Storage;
using ActorGraph.Storage.Tests.Conformance;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Storage.Tests.Sqlite;

/// <summary>
/// The SQLite store's read tables (attended.meeting_order, meeting_country_pairs) are kept by triggers: after the
/// samples and a run of edits, each holds exactly what it would if derived again from scratch.
/// </summary>
public sealed class SqliteReadTablesTests(SqliteStoreUnderTest target) : IClassFixture<SqliteStoreUnderTest>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadTables_MatchTheirDerivation_AfterSamplesAndEdits()
    {
        var services = await target.CreateEmptyAsync(Cancellation);
        var store = services.GetRequiredService<IGraphStore>();
        var queries = services.GetRequiredService<IGraphQueries>();
        var ingest = services.GetRequiredService<ActorGraph.Ingestion.ArticleIngestor>();
        foreach (var file in Samples.Files)
        {
            await foreach (var outcome in ingest.IngestFileAsync(file, Cancellation))
            {
                Assert.NotNull(outcome);
            }
        }

        List<Core.Annotation.PersonMention> pair = [GraphStoreConformanceTests.Person("Lena Voss", "DE"), GraphStoreConformanceTests.Person("Marco Rinaldi", "IT")];
        foreach (var title in new[] { "Voss meets Rinaldi", "Voss and Rinaldi agree" })
        {
            await store.UpsertAsync(GraphStoreConformanceTests.Graph(title, "2024-04-02", pair,
                [GraphStoreConformanceTests.Meeting("Lena Voss", "Marco Rinaldi", "2024-04-02", Core.Model.MeetingStatus.Held)]), Cancellation);
        }

        var reported = Assert.Single(await queries.FindMeetingsAsync(new MeetingFilter(Participant: "Lena Voss"), Cancellation));
        await store.SplitMeetingAsync(reported.Id, [], Cancellation);
        var first = await store.UpsertAsync(GraphStoreConformanceTests.Graph("Mansour meets Biden", "2024-03-04",
            [GraphStoreConformanceTests.Person("Karim Mansour", null), GraphStoreConformanceTests.Person("Joe Biden", "US")],
            [GraphStoreConformanceTests.Meeting("Karim Mansour", "Joe Biden", "2024-03-04", Core.Model.MeetingStatus.Held)]), Cancellation);
        var second = await store.UpsertAsync(GraphStoreConformanceTests.Graph("Mansur in talks", "2024-03-11",
            [GraphStoreConformanceTests.Person("Kareem Mansur", "EG"), GraphStoreConformanceTests.Person("Joe Biden", "US")],
            [GraphStoreConformanceTests.Meeting("Kareem Mansur", "Joe Biden", "2024-03-10", Core.Model.MeetingStatus.Cancelled)]), Cancellation);
        var kept = (await queries.ResolvePersonAsync("Karim Mansour", Cancellation)).Id;
        await store.MergePersonsAsync(kept, (await queries.ResolvePersonAsync("Kareem Mansur", Cancellation)).Id, Cancellation);
        await store.SplitPersonAsync(kept, [second.ArticleId], null, "JO", Cancellation);
        Assert.NotEqual(first.ArticleId, second.ArticleId);

        await using var connection = await OpenReadOnlyAsync(services);
        Assert.True(await CountAsync(connection, "SELECT COUNT(*) FROM meeting_country_pairs;") > 0);
        Assert.Equal(0, await CountAsync(connection, """
            SELECT COUNT(*) FROM attended a JOIN meetings m ON m.id = a.meeting_id WHERE a.meeting_order IS NOT COALESCE(m.date, '~');
            """));
        const string derived = """
            SELECT DISTINCT p1.country, p2.country, a1.meeting_id
            FROM attended a1 JOIN persons p1 ON p1.id = a1.person_id
            JOIN attended a2 ON a2.meeting_id = a1.meeting_id AND a2.person_id <> a1.person_id JOIN persons p2 ON p2.id = a2.person_id
            JOIN meetings m ON m.id = a1.meeting_id AND m.status <> 'cancelled'
            WHERE p1.country IS NOT NULL AND p2.country IS NOT NULL AND p1.country <> p2.country
            """;
        Assert.Equal(0, await CountAsync(connection, $"SELECT COUNT(*) FROM (SELECT country, other, meeting_id FROM meeting_country_pairs EXCEPT {derived});"));
        Assert.Equal(0, await CountAsync(connection, $"SELECT COUNT(*) FROM ({derived} EXCEPT SELECT country, other, meeting_id FROM meeting_country_pairs);"));
    }

    [Fact]
    public async Task PersonSearch_HoldsEveryNameAndAlias_AfterMergesAndSplits()
    {
        var services = await target.CreateEmptyAsync(Cancellation);
        var store = services.GetRequiredService<IGraphStore>();
        var queries = services.GetRequiredService<IGraphQueries>();
        var first = await store.UpsertAsync(GraphStoreConformanceTests.Graph("Qalandrov meets Voss", "2024-03-04",
            [GraphStoreConformanceTests.Person("Karim Qalandrov", null), GraphStoreConformanceTests.Person("Lena Voss", "DE")],
            [GraphStoreConformanceTests.Meeting("Karim Qalandrov", "Lena Voss", "2024-03-04", Core.Model.MeetingStatus.Held)]), Cancellation);
        var second = await store.UpsertAsync(GraphStoreConformanceTests.Graph("Qalandarov in talks", "2024-03-11",
            [GraphStoreConformanceTests.Person("Kareem Qalandarov", "EG"), GraphStoreConformanceTests.Person("Lena Voss", "DE")],
            [GraphStoreConformanceTests.Meeting("Kareem Qalandarov", "Lena Voss", "2024-03-10", Core.Model.MeetingStatus.Held)]), Cancellation);
        var kept = (await queries.ResolvePersonAsync("Karim Qalandrov", Cancellation)).Id;
        await store.MergePersonsAsync(kept, (await queries.ResolvePersonAsync("Kareem Qalandarov", Cancellation)).Id, Cancellation);
        Assert.Equal([kept], (await queries.SearchPersonsAsync("qalandar", 10, Cancellation)).Select(p => p.Id));
        await store.SplitPersonAsync(kept, [second.ArticleId], "Kareem Qalandarov", "EG", Cancellation);
        Assert.NotEqual(first.ArticleId, second.ArticleId);
        Assert.Equal(2, (await queries.SearchPersonsAsync("Qaland", 10, Cancellation)).Count);

        await using var connection = await OpenReadOnlyAsync(services);
        Assert.True(await CountAsync(connection, "SELECT COUNT(*) FROM person_search;") > 28_000); // the office-holders table's people too
        const string derived = "SELECT id, name_key FROM persons UNION ALL SELECT person_id, alias_key FROM person_aliases";
        Assert.Equal(await CountAsync(connection, $"SELECT COUNT(*) FROM ({derived});"), await CountAsync(connection, "SELECT COUNT(*) FROM person_search;"));
        Assert.Equal(0, await CountAsync(connection, $"SELECT COUNT(*) FROM ({derived} EXCEPT SELECT person_id, key FROM person_search);"));
        Assert.Equal(0, await CountAsync(connection, $"SELECT COUNT(*) FROM (SELECT person_id, key FROM person_search EXCEPT SELECT * FROM ({derived}));"));
    }

    /// <summary>The store's database file, read directly.</summary>
    private static async Task<SqliteConnection> OpenReadOnlyAsync(ServiceProvider services)
    {
        var path = services.GetRequiredService<IConfiguration>()[$"{StoreOptions.SectionName}:{nameof(StoreOptions.Location)}"]!;
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync(Cancellation);
        return connection;
    }

    private static async Task<long> CountAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(Cancellation))!;
    }
}
