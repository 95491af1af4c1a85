using ActorGraph.Core.Annotation;
using ActorGraph.Core.Identity;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.Storage;

namespace ActorGraph.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file. Each article, or batch of articles, is written in one IMMEDIATE transaction
/// (so concurrent writers, even in other processes, queue instead of interleaving), and an article already stored
/// is skipped whole.
/// </summary>
public sealed class SqliteGraphStore(SqliteConnectionFactory connections, ReferenceCatalog catalog, TimeProvider time) : IGraphStore
{
    public async Task<UpsertResult> UpsertAsync(ArticleGraph graph, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return (await UpsertBatchAsync([graph], cancellationToken))[0];
    }

    public async Task<IReadOnlyList<UpsertResult>> UpsertBatchAsync(IReadOnlyList<ArticleGraph> graphs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graphs);
        var results = new List<UpsertResult>(graphs.Count);
        if (graphs.Count == 0)
        {
            return results;
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        await SqlRunner.ExecuteAsync(connection, null, "BEGIN IMMEDIATE;", cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            await using (var statements = new PreparedStatements(connection))
            {
                var touched = new HashSet<string>(StringComparer.Ordinal);
                foreach (var graph in graphs)
                {
                    results.Add(await WriteAsync(statements, graph, now, touched, cancellationToken));
                }

                await SqliteMeetingClusters.RederiveAsync(statements, touched, cancellationToken);
            }

            if (results.Exists(r => r.Created))
            {
                await SqlRunner.ExecuteAsync(connection, null, "COMMIT;", cancellationToken);
            }
            else
            {
                await SqlRunner.ExecuteAsync(connection, null, "ROLLBACK;", CancellationToken.None);
            }

            return results;
        }
        catch
        {
            await SqlRunner.ExecuteAsync(connection, null, "ROLLBACK;", CancellationToken.None);
            throw;
        }
    }

    public async Task<IReadOnlyList<KnownActor>> GetKnownActorsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        const string sql = """
            SELECT p.id, p.name, p.country, (SELECT json_group_array(alias) FROM person_aliases a WHERE a.person_id = p.id)
            FROM persons p WHERE p.in_sources = 1;
            """;
        return await SqlRunner.QueryAsync(connection, null, sql, r => new KnownActor(
            r.GetString(0), r.GetString(1), System.Text.Json.JsonSerializer.Deserialize<List<string>>(r.GetString(3)) ?? [], r.NullableString(2)), cancellationToken);
    }

    public async Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        const string sql = """
            SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM persons WHERE in_sources = 1), (SELECT COUNT(*) FROM meetings),
                   (SELECT COUNT(*) FROM countries WHERE in_sources = 1), (SELECT COUNT(*) FROM organizations), (SELECT COUNT(*) FROM places),
                   (SELECT COUNT(*) FROM persons WHERE in_table = 1), (SELECT COUNT(*) FROM office_terms), (SELECT COUNT(*) FROM meeting_reports);
            """;
        var rows = await SqlRunner.QueryAsync(connection, null, sql, r => new StoreStatistics(
            r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6), r.GetInt32(7), r.GetInt32(8)), cancellationToken);
        return rows[0];
    }

    public Task<MeetingEdit> MergeMeetingsAsync(IReadOnlyList<string> meetingIds, CancellationToken cancellationToken) =>
        EditMeetingsAsync(meetingIds, (derived, decisions) => MeetingEditPlan.Merge(meetingIds, derived, decisions), cancellationToken);

    public Task<MeetingEdit> SplitMeetingAsync(string meetingId, IReadOnlyList<string> articleIds, CancellationToken cancellationToken) =>
        EditMeetingsAsync([meetingId], (derived, decisions) => MeetingEditPlan.Split(meetingId, articleIds, derived, decisions), cancellationToken);

    /// <summary>Plans the edit on the meetings as derived now, records its decisions and derives the meetings again, in one transaction.</summary>
    private async Task<MeetingEdit> EditMeetingsAsync(IReadOnlyList<string> meetingIds, Func<IReadOnlyList<ClusteredMeeting>, List<MeetingDecision>, MeetingEditPlan> plan,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meetingIds);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await SqlRunner.ExecuteAsync(connection, null, "BEGIN IMMEDIATE;", cancellationToken);
        try
        {
            MeetingEdit edit;
            await using (var statements = new PreparedStatements(connection))
            {
                var keys = await statements.QueryAsync("SELECT DISTINCT group_key FROM meetings WHERE id IN (SELECT value FROM json_each($ids)) AND group_key IS NOT NULL;",
                    r => r.GetString(0), cancellationToken, ("$ids", System.Text.Json.JsonSerializer.Serialize(meetingIds)));
                var (reports, decisions) = await SqliteMeetingClusters.ReportsAndDecisionsAsync(statements, keys, cancellationToken);
                var chosen = plan(MeetingClustering.Cluster(reports, decisions), decisions);
                var decidedAt = time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
                foreach (var decision in chosen.Remove)
                {
                    await statements.ExecuteAsync("DELETE FROM meeting_decisions WHERE kind = $k AND report_a = $a AND report_b = $b;", cancellationToken,
                        ("$k", KindText(decision.Kind)), ("$a", decision.ReportA), ("$b", decision.ReportB));
                }

                foreach (var decision in chosen.Add)
                {
                    await statements.ExecuteAsync("INSERT OR IGNORE INTO meeting_decisions (kind, report_a, report_b, decided_at) VALUES ($k, $a, $b, $at);", cancellationToken,
                        ("$k", KindText(decision.Kind)), ("$a", decision.ReportA), ("$b", decision.ReportB), ("$at", decidedAt));
                }

                await SqliteMeetingClusters.RederiveAsync(statements, keys, cancellationToken);
                edit = new MeetingEdit(chosen.MeetingIdsAfter(reports, decisions), chosen.Add.Count);
            }

            await SqlRunner.ExecuteAsync(connection, null, "COMMIT;", cancellationToken);
            return edit;
        }
        catch
        {
            await SqlRunner.ExecuteAsync(connection, null, "ROLLBACK;", CancellationToken.None);
            throw;
        }
    }

    private static string KindText(MeetingDecisionKind kind) => kind == MeetingDecisionKind.Same ? "same" : "apart";

    private async Task<UpsertResult> WriteAsync(PreparedStatements statements, ArticleGraph graph, DateTimeOffset now, HashSet<string> touched, CancellationToken cancellationToken)
    {
        var articleId = NodeIds.Article(graph.Article.Text);
        var exists = await statements.ScalarAsync("SELECT 1 FROM articles WHERE id = $id;", cancellationToken, ("$id", articleId));
        if (exists is not null)
        {
            return new UpsertResult(articleId, false, graph.Persons.Count, graph.Meetings.Count);
        }

        var writer = new SqliteArticleWriter(statements, catalog, articleId, graph);
        await writer.WriteAsync(now, cancellationToken);
        touched.UnionWith(writer.TouchedParticipants);
        return new UpsertResult(articleId, true, graph.Persons.Count, writer.MeetingsWritten);
    }
}
