using System.Text.Json;
using ActorGraph.Core;
using ActorGraph.Core.Annotation;
using ActorGraph.Core.Identity;
using ActorGraph.Core.Model;
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
    /// <summary>What a person merge deletes of the gone person once the kept one has taken it over.</summary>
    private static readonly string[] GonePersonsRows =
    [
        "DELETE FROM person_aliases WHERE person_id = $g;", "DELETE FROM holds WHERE person_id = $g;",
        "DELETE FROM mentions WHERE node_id = $g;", "DELETE FROM attended WHERE person_id = $g;",
    ];

    private readonly MeetingReportCache _reports = new();

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

        var now = time.GetUtcNow();
        var derived = await InWriteTransactionAsync(async statements =>
        {
            var added = new List<MeetingReport>();
            var rows = new SqliteBatchRows();
            foreach (var graph in graphs)
            {
                results.Add(await WriteAsync(statements, rows, graph, now, added, cancellationToken));
            }

            await rows.FlushAsync(statements, cancellationToken);

            return await SqliteMeetingClusters.RederiveAsync(statements, added.Select(r => r.GroupKey).ToHashSet(StringComparer.Ordinal),
                new SqliteMeetingClusters.BatchReports(added, _reports), cancellationToken);
        }, _ => results.Exists(r => r.Created), cancellationToken);
        if (results.Exists(r => r.Created))
        {
            _reports.Remember(derived);
        }

        return results;
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
                   (SELECT COUNT(*) FROM persons WHERE in_table = 1), (SELECT COUNT(*) FROM office_terms), (SELECT COUNT(*) FROM meeting_reports),
                   (SELECT COUNT(*) FROM articles WHERE record_id IS NOT NULL);
            """;
        var rows = await SqlRunner.QueryAsync(connection, null, sql, r => new StoreStatistics(
            r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6), r.GetInt32(7), r.GetInt32(8), r.GetInt32(9)), cancellationToken);
        return rows[0];
    }

    public Task<MeetingEdit> MergeMeetingsAsync(IReadOnlyList<string> meetingIds, CancellationToken cancellationToken) =>
        EditMeetingsAsync(meetingIds, (derived, decisions) => MeetingEditPlan.Merge(meetingIds, derived, decisions), cancellationToken);

    public Task<MeetingEdit> SplitMeetingAsync(string meetingId, IReadOnlyList<string> articleIds, CancellationToken cancellationToken) =>
        EditMeetingsAsync([meetingId], (derived, decisions) => MeetingEditPlan.Split(meetingId, articleIds, derived, decisions), cancellationToken);

    /// <summary>Plans the edit on the meetings as derived now, records its decisions and derives the meetings again, in one transaction.</summary>
    private Task<MeetingEdit> EditMeetingsAsync(IReadOnlyList<string> meetingIds, Func<IReadOnlyList<ClusteredMeeting>, List<MeetingDecision>, MeetingEditPlan> plan,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meetingIds);
        return InWriteTransactionAsync(async statements =>
        {
            var keys = await statements.QueryAsync("SELECT DISTINCT group_key FROM meetings WHERE id IN (SELECT value FROM json_each($ids)) AND group_key IS NOT NULL;",
                r => r.GetString(0), cancellationToken, ("$ids", System.Text.Json.JsonSerializer.Serialize(meetingIds)));
            var reports = await SqliteMeetingClusters.ReportsAsync(statements, keys, cancellationToken);
            var decisions = await SqliteMeetingClusters.DecisionsAsync(statements, keys, cancellationToken);
            var chosen = plan(MeetingClustering.Cluster(reports, decisions), decisions);
            var decidedAt = time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            foreach (var decision in chosen.Remove)
            {
                await statements.ExecuteAsync("DELETE FROM meeting_decisions WHERE kind = $k AND report_a = $a AND report_b = $b;", cancellationToken,
                    ("$k", EnumText.Of(decision.Kind)), ("$a", decision.ReportA), ("$b", decision.ReportB));
            }

            foreach (var decision in chosen.Add)
            {
                await statements.ExecuteAsync("INSERT OR IGNORE INTO meeting_decisions (kind, report_a, report_b, decided_at) VALUES ($k, $a, $b, $at);", cancellationToken,
                    ("$k", EnumText.Of(decision.Kind)), ("$a", decision.ReportA), ("$b", decision.ReportB), ("$at", decidedAt));
            }

            await SqliteMeetingClusters.RederiveAsync(statements, keys, null, cancellationToken);
            return new MeetingEdit(chosen.MeetingIdsAfter(reports, decisions), chosen.Add.Count);
        }, null, cancellationToken);
    }

    public Task<int> MergePersonsAsync(string keptId, string goneId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keptId);
        ArgumentNullException.ThrowIfNull(goneId);
        return InWriteTransactionAsync(async statements =>
        {
            var people = await statements.QueryAsync("SELECT id, wikidata_id, country, in_sources, in_table, name, name_key FROM persons WHERE id IN ($k, $g);",
                r => (Id: r.GetString(0), Wikidata: r.NullableString(1), Country: r.NullableString(2), InSources: r.GetInt32(3), InTable: r.GetInt32(4),
                    Name: r.GetString(5), Key: r.GetString(6)), cancellationToken, ("$k", keptId), ("$g", goneId));
            PersonMerge.Check(keptId, goneId, people.Select(p => (p.Id, p.Wikidata)));
            (string, object?)[] ids = [("$k", keptId), ("$g", goneId)];

            // The kept person takes what the gone one adds: country, Wikidata item, being named by sources or the table.
            var gone = people.Single(p => p.Id == goneId);
            await statements.ExecuteAsync("UPDATE persons SET wikidata_id = NULL WHERE id = $g;", cancellationToken, ("$g", goneId));
            await statements.ExecuteAsync("""
                UPDATE persons SET country = COALESCE(country, $country), wikidata_id = COALESCE(wikidata_id, $wikidata),
                    in_sources = MAX(in_sources, $inSources), in_table = MAX(in_table, $inTable)
                WHERE id = $k;
                """, cancellationToken, ("$k", keptId), ("$country", gone.Country), ("$wikidata", gone.Wikidata), ("$inSources", gone.InSources), ("$inTable", gone.InTable));
            await statements.ExecuteAsync("INSERT OR IGNORE INTO person_aliases (person_id, alias, alias_key) SELECT $k, alias, alias_key FROM person_aliases WHERE person_id = $g;",
                cancellationToken, ids);
            await statements.ExecuteAsync("INSERT OR IGNORE INTO person_aliases (person_id, alias, alias_key) VALUES ($k, $name, $key);", cancellationToken,
                ("$k", keptId), ("$name", gone.Name), ("$key", gone.Key));
            await statements.ExecuteAsync("INSERT OR IGNORE INTO holds (person_id, office_id, as_of, article_id) SELECT $k, office_id, as_of, article_id FROM holds WHERE person_id = $g;",
                cancellationToken, ids);
            await statements.ExecuteAsync("UPDATE office_terms SET person_id = $k WHERE person_id = $g;", cancellationToken, ids);
            await statements.ExecuteAsync("INSERT OR IGNORE INTO mentions (node_id, node_kind, article_id) SELECT $k, node_kind, article_id FROM mentions WHERE node_id = $g;",
                cancellationToken, ids);
            await statements.ExecuteAsync("INSERT OR IGNORE INTO attended (person_id, meeting_id) SELECT $k, meeting_id FROM attended WHERE person_id = $g;", cancellationToken, ids);
            foreach (var table in GonePersonsRows)
            {
                await statements.ExecuteAsync(table, cancellationToken, ("$g", goneId));
            }

            // Reports naming the gone person now name the kept one: their groups' meetings are derived again.
            var reports = await statements.QueryAsync(
                "SELECT " + SqliteMeetingClusters.ReportColumns + " FROM meeting_reports WHERE instr('|' || participants_key || '|', '|' || $g || '|') > 0;",
                SqliteMeetingClusters.ReadReport, cancellationToken, ("$g", goneId));
            var touched = new HashSet<string>(StringComparer.Ordinal);
            foreach (var report in reports)
            {
                touched.Add(report.GroupKey);
                if (report.WithPersonReplaced(goneId, keptId) is { } merged)
                {
                    touched.Add(merged.GroupKey);
                    await statements.ExecuteAsync("UPDATE meeting_reports SET participants_key = $key, group_key = $group WHERE id = $id;", cancellationToken,
                        ("$id", report.Id), ("$key", merged.ParticipantsKey), ("$group", merged.GroupKey));
                }
                else
                {
                    await statements.ExecuteAsync("DELETE FROM meeting_decisions WHERE report_a = $id OR report_b = $id;", cancellationToken, ("$id", report.Id));
                    await statements.ExecuteAsync("DELETE FROM meeting_reports WHERE id = $id;", cancellationToken, ("$id", report.Id));
                }
            }

            await statements.ExecuteAsync("DELETE FROM persons WHERE id = $g;", cancellationToken, ("$g", goneId));
            await statements.ExecuteAsync("INSERT OR REPLACE INTO person_merges (gone_id, kept_id, decided_at) VALUES ($g, $k, $at);", cancellationToken,
                ("$g", goneId), ("$k", keptId), ("$at", time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
            await SqliteMeetingClusters.RederiveAsync(statements, touched, null, cancellationToken);
            return reports.Count;
        }, null, cancellationToken);
    }

    public Task<PersonSplitResult> SplitPersonAsync(string personId, IReadOnlyList<string> articleIds, string? name, string? country, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personId);
        ArgumentNullException.ThrowIfNull(articleIds);
        return InWriteTransactionAsync(async statements =>
        {
            var person = (await statements.QueryAsync("SELECT name, country FROM persons WHERE id = $p;", r => (Name: r.GetString(0), Country: r.NullableString(1)),
                cancellationToken, ("$p", personId))).FirstOrDefault();
            var mentioning = await statements.QueryAsync("SELECT article_id FROM mentions WHERE node_id = $p;", r => r.GetString(0), cancellationToken, ("$p", personId));
            var articles = articleIds.Distinct(StringComparer.Ordinal).ToList();
            PersonSplit.Check(personId, person.Name, mentioning, articles);

            var newName = string.IsNullOrWhiteSpace(name) ? person.Name : name.Trim();
            var newCountry = StoredValues.CountryCode(country) ?? person.Country;
            var key = catalog.FoldPersonName(newName);
            var taken = (await statements.QueryAsync("SELECT id FROM persons WHERE id IN (SELECT value FROM json_each($ids));", r => r.GetString(0), cancellationToken,
                ("$ids", JsonSerializer.Serialize(PersonMatching.CandidateIds(newName, newCountry))))).ToHashSet(StringComparer.Ordinal);
            var newId = PersonMatching.NewId(newName, newCountry, taken.Contains);
            if (taken.Contains(newId))
            {
                throw new GraphEditException($"ten people named {InputEcho.Quote(newName)} exist already: give the new person another name.");
            }

            if (newCountry is not null)
            {
                await statements.ExecuteAsync("INSERT INTO countries (code, name) VALUES ($code, $name) ON CONFLICT (code) DO NOTHING;", cancellationToken,
                    ("$code", newCountry), ("$name", catalog.FindCountry(newCountry)?.Name ?? newCountry));
            }

            await statements.ExecuteAsync("INSERT INTO persons (id, name, name_key, surname_key, country) VALUES ($id, $name, $key, $surname, $country);", cancellationToken,
                ("$id", newId), ("$name", newName), ("$key", key), ("$surname", NameFolding.Surname(key)), ("$country", newCountry));
            await statements.ExecuteAsync("INSERT OR IGNORE INTO person_aliases (person_id, alias, alias_key) VALUES ($id, $name, $key);", cancellationToken,
                ("$id", newId), ("$name", newName), ("$key", key));
            var inArticles = JsonSerializer.Serialize(articles);
            (string, object?)[] move = [("$p", personId), ("$new", newId), ("$articles", inArticles)];
            await statements.ExecuteAsync("UPDATE mentions SET node_id = $new WHERE node_id = $p AND article_id IN (SELECT value FROM json_each($articles));", cancellationToken, move);
            await statements.ExecuteAsync("UPDATE holds SET person_id = $new WHERE person_id = $p AND article_id IN (SELECT value FROM json_each($articles));", cancellationToken, move);

            // The articles' reports naming the person now name the new one: both groups' meetings are derived again.
            var reports = await statements.QueryAsync(
                "SELECT " + SqliteMeetingClusters.ReportColumns + " FROM meeting_reports WHERE article_id IN (SELECT value FROM json_each($articles)) AND instr('|' || participants_key || '|', '|' || $p || '|') > 0;",
                SqliteMeetingClusters.ReadReport, cancellationToken, ("$articles", inArticles), ("$p", personId));
            var touched = new HashSet<string>(StringComparer.Ordinal);
            foreach (var report in reports)
            {
                var moved = report.WithPersonReplaced(personId, newId)!;
                touched.Add(report.GroupKey);
                touched.Add(moved.GroupKey);
                await statements.ExecuteAsync("UPDATE meeting_reports SET participants_key = $key, group_key = $group WHERE id = $id;", cancellationToken,
                    ("$id", report.Id), ("$key", moved.ParticipantsKey), ("$group", moved.GroupKey));
            }

            await statements.ExecuteAsync("INSERT INTO person_splits (new_id, person_id, articles, decided_at) VALUES ($new, $p, $articles, $at);", cancellationToken,
                ("$new", newId), ("$p", personId), ("$articles", inArticles), ("$at", time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
            await SqliteMeetingClusters.RederiveAsync(statements, touched, null, cancellationToken);
            return new PersonSplitResult(personId, newId, reports.Count);
        }, null, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one IMMEDIATE transaction (writers in other processes queue behind it) and
    /// commits it, unless <paramref name="commitIf"/> says there is nothing to keep; rolls back on any failure.
    /// </summary>
    private async Task<T> InWriteTransactionAsync<T>(Func<PreparedStatements, Task<T>> work, Func<T, bool>? commitIf, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await SqlRunner.ExecuteAsync(connection, null, "BEGIN IMMEDIATE;", cancellationToken);
        try
        {
            T result;
            await using (var statements = new PreparedStatements(connection))
            {
                result = await work(statements);
            }

            if (commitIf is null || commitIf(result))
            {
                await SqlRunner.ExecuteAsync(connection, null, "COMMIT;", cancellationToken);
            }
            else
            {
                await SqlRunner.ExecuteAsync(connection, null, "ROLLBACK;", CancellationToken.None);
            }

            return result;
        }
        catch
        {
            await SqlRunner.ExecuteAsync(connection, null, "ROLLBACK;", CancellationToken.None);
            throw;
        }
    }

    private async Task<UpsertResult> WriteAsync(PreparedStatements statements, SqliteBatchRows rows, ArticleGraph graph, DateTimeOffset now, List<MeetingReport> added,
        CancellationToken cancellationToken)
    {
        var articleId = NodeIds.Article(graph.Article.Text);
        var exists = await statements.ScalarAsync("SELECT 1 FROM articles WHERE id = $id;", cancellationToken, ("$id", articleId));
        if (exists is not null || !rows.FirstTimeArticle(articleId))
        {
            return new UpsertResult(articleId, false, graph.Persons.Count, graph.Meetings.Count);
        }

        var writer = new SqliteArticleWriter(statements, rows, catalog, articleId, graph);
        await writer.WriteAsync(now, cancellationToken);
        added.AddRange(writer.AddedReports);
        return new UpsertResult(articleId, true, graph.Persons.Count, writer.MeetingsWritten);
    }
}
