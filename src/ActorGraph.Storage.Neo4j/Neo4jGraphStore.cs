using ActorGraph.Core;
using ActorGraph.Core.Annotation;
using ActorGraph.Core.Identity;
using ActorGraph.Core.Model;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Http;

namespace ActorGraph.Storage.Neo4j;

/// <summary>
/// The Neo4j store. Each batch of articles is one explicit transaction (look up for all of them, write, commit), so
/// a failure at any point (the server stopping included) leaves none of it in the graph, and retrying it is safe.
/// </summary>
public sealed class Neo4jGraphStore(Neo4jClient client, CypherCatalog cypher, ReferenceCatalog catalog, TimeProvider time) : IGraphStore
{
    private readonly MeetingReportCache _reports = new();

    public async Task<UpsertResult> UpsertAsync(ArticleGraph graph, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return (await UpsertBatchAsync([graph], cancellationToken))[0];
    }

    public async Task<IReadOnlyList<UpsertResult>> UpsertBatchAsync(IReadOnlyList<ArticleGraph> graphs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graphs);
        if (graphs.Count == 0)
        {
            return [];
        }

        try
        {
            Neo4jMeetingClusters? derived = null;
            var stored = await client.InTransactionAsync(async transaction =>
            {
                // Three round trips for the whole batch: the lookups; the writes with the reads of the meetings to
                // derive again; the derived meetings with the commit.
                var writer = new Neo4jBatchWriter(cypher, catalog, graphs);
                var (results, writes) = writer.Resolve(await transaction.RunAsync(writer.Lookups(), cancellationToken), time.GetUtcNow());
                if (writes.Count == 0)
                {
                    await transaction.RollbackAsync(cancellationToken); // every article was already stored
                    return results;
                }

                IReadOnlyList<CypherStatement> last = writes;
                if (writer.AddedReports.Count > 0)
                {
                    derived = new Neo4jMeetingClusters(cypher, _reports, writer.AddedReports);
                    var reads = derived.Reads(writer.AddedReports.Select(r => r.GroupKey).ToHashSet(StringComparer.Ordinal));
                    var found = await transaction.RunAsync([.. writes, .. reads], cancellationToken);
                    last = derived.Writes(found.Skip(found.Count - reads.Count).ToList());
                }

                await transaction.CommitAsync(last, cancellationToken);
                return results;
            }, cancellationToken);
            if (derived is not null)
            {
                _reports.Remember(derived.Derived); // committed: the groups' reports as of their new versions
            }

            return stored;
        }
        catch (Neo4jException e) when (e.Code == "Neo.ClientError.Schema.ConstraintValidationFailed")
        {
            if (graphs.Count == 1)
            {
                var articleId = NodeIds.Article(graphs[0].Article.Text);
                if (await ExistsAsync(articleId, cancellationToken))
                {
                    // Another writer stored the same article between our lookup and our commit.
                    return [new UpsertResult(articleId, false, graphs[0].Persons.Count, graphs[0].Meetings.Count)];
                }

                throw;
            }

            // Another writer stored one of these articles meanwhile: nothing of the batch was committed, so store
            // the articles one by one, each of which handles that race.
            var results = new List<UpsertResult>(graphs.Count);
            foreach (var graph in graphs)
            {
                results.Add(await UpsertAsync(graph, cancellationToken));
            }

            return results;
        }
    }

    public async Task<IReadOnlyList<KnownActor>> GetKnownActorsAsync(CancellationToken cancellationToken)
    {
        var result = await client.RunAsync(cypher.Query(CypherQuery.KnownActors), cancellationToken);
        return result.Rows.Select(r => new KnownActor(r[0].RequiredString(), r[1].RequiredString(), r[3].StringList(), r[2].NullableString())).ToList();
    }

    public async Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        var row = (await client.RunAsync(cypher.Query(CypherQuery.Statistics), cancellationToken)).Rows[0];
        return new StoreStatistics((int)row[0].Number(), (int)row[1].Number(), (int)row[2].Number(), (int)row[3].Number(), (int)row[4].Number(), (int)row[5].Number(),
            (int)row[6].Number(), (int)row[7].Number(), (int)row[8].Number(), (int)row[9].Number());
    }

    public Task<MeetingEdit> MergeMeetingsAsync(IReadOnlyList<string> meetingIds, CancellationToken cancellationToken) =>
        EditMeetingsAsync(meetingIds, (derived, decisions) => MeetingEditPlan.Merge(meetingIds, derived, decisions), cancellationToken);

    public Task<MeetingEdit> SplitMeetingAsync(string meetingId, IReadOnlyList<string> articleIds, CancellationToken cancellationToken) =>
        EditMeetingsAsync([meetingId], (derived, decisions) => MeetingEditPlan.Split(meetingId, articleIds, derived, decisions), cancellationToken);

    /// <summary>
    /// Plans the edit on the meetings as derived now, records its decisions and derives the meetings again, in one
    /// transaction: the groups' keys, their reports and decisions, then the decisions with the new reads, then the meetings with the commit.
    /// </summary>
    private async Task<MeetingEdit> EditMeetingsAsync(IReadOnlyList<string> meetingIds, Func<IReadOnlyList<ClusteredMeeting>, List<MeetingDecision>, MeetingEditPlan> plan,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meetingIds);
        return await client.InTransactionAsync(async transaction =>
        {
            var keys = (await transaction.RunAsync([cypher.Query(CypherQuery.MeetingKeysByIds, new Dictionary<string, object?> { ["ids"] = meetingIds.ToList() })], cancellationToken))[0]
                .Rows.Select(r => r[0].RequiredString()).ToList();
            var clusters = new Neo4jMeetingClusters(cypher);
            var (reports, decisions) = Neo4jMeetingClusters.ReportsAndDecisions(await transaction.RunAsync(clusters.Reads(keys), cancellationToken));
            var chosen = plan(MeetingClustering.Cluster(reports, decisions), decisions);
            var decidedAt = time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            object Row(MeetingDecision d) => new { Kind = EnumText.Of(d.Kind), d.ReportA, d.ReportB, DecidedAt = decidedAt };
            List<CypherStatement> decide = [];
            if (chosen.Remove.Count > 0)
            {
                decide.Add(cypher.Query(CypherQuery.ForgetMeetingDecisions, new Dictionary<string, object?> { ["rows"] = chosen.Remove.Select(Row).ToList() }));
            }

            decide.Add(cypher.Query(CypherQuery.RecordMeetingDecisions, new Dictionary<string, object?> { ["rows"] = chosen.Add.Select(Row).ToList() }));
            var reads = clusters.Reads(keys);
            var found = await transaction.RunAsync([.. decide, .. reads], cancellationToken);
            await transaction.CommitAsync(clusters.Writes(found.Skip(found.Count - reads.Count).ToList()), cancellationToken);
            return new MeetingEdit(chosen.MeetingIdsAfter(reports, decisions), chosen.Add.Count);
        }, cancellationToken);
    }

    public async Task<int> MergePersonsAsync(string keptId, string goneId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keptId);
        ArgumentNullException.ThrowIfNull(goneId);
        return await client.InTransactionAsync(async transaction =>
        {
            var found = await transaction.RunAsync(
            [
                cypher.Query(CypherQuery.PersonsByIds, new Dictionary<string, object?> { ["ids"] = new[] { keptId, goneId } }),
                cypher.Query(CypherQuery.MeetingReportsOfPerson, new Dictionary<string, object?> { ["id"] = goneId }),
            ], cancellationToken);
            PersonMerge.Check(keptId, goneId, found[0].Rows.Select(r => (r[0].RequiredString(), r[4].NullableString())));

            // Reports naming the gone person now name the kept one: their groups' meetings are derived again.
            var reports = Neo4jMeetingClusters.Reports(found[1]);
            var touched = new HashSet<string>(StringComparer.Ordinal);
            var renamed = new List<object>();
            var emptied = new List<string>();
            foreach (var report in reports)
            {
                touched.Add(report.GroupKey);
                if (report.WithPersonReplaced(goneId, keptId) is { } merged)
                {
                    touched.Add(merged.GroupKey);
                    renamed.Add(new { report.Id, merged.ParticipantsKey, merged.GroupKey });
                }
                else
                {
                    emptied.Add(report.Id);
                }
            }

            var clusters = new Neo4jMeetingClusters(cypher);
            var reads = clusters.Reads(touched);
            var results = await transaction.RunAsync(
            [
                cypher.Query(CypherQuery.MergePersonInto, new Dictionary<string, object?> { ["kept"] = keptId, ["gone"] = goneId }),
                cypher.Query(CypherQuery.SetMeetingReportParticipants, new Dictionary<string, object?> { ["rows"] = renamed }),
                cypher.Query(CypherQuery.DeleteMeetingReports, new Dictionary<string, object?> { ["ids"] = emptied }),
                .. reads,
            ], cancellationToken);
            await transaction.CommitAsync(clusters.Writes(results.Skip(results.Count - reads.Count).ToList()), cancellationToken);
            return reports.Count;
        }, cancellationToken);
    }

    public async Task<PersonSplitResult> SplitPersonAsync(string personId, IReadOnlyList<string> articleIds, string? name, string? country, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personId);
        ArgumentNullException.ThrowIfNull(articleIds);
        return await client.InTransactionAsync(async transaction =>
        {
            var found = await transaction.RunAsync(
            [
                cypher.Query(CypherQuery.PersonsByIds, new Dictionary<string, object?> { ["ids"] = new[] { personId } }),
                cypher.Query(CypherQuery.ArticlesMentioningPerson, new Dictionary<string, object?> { ["id"] = personId }),
                cypher.Query(CypherQuery.MeetingReportsOfPerson, new Dictionary<string, object?> { ["id"] = personId }),
            ], cancellationToken);
            var person = found[0].Rows.Select(r => (Name: r[1].RequiredString(), Country: r[2].NullableString())).FirstOrDefault();
            var articles = articleIds.Distinct(StringComparer.Ordinal).ToList();
            PersonSplit.Check(personId, person.Name, found[1].Rows.Select(r => r[0].RequiredString()).ToList(), articles);

            var newName = string.IsNullOrWhiteSpace(name) ? person.Name : name.Trim();
            var newCountry = StoredValues.CountryCode(country) ?? person.Country;
            var key = catalog.FoldPersonName(newName);
            var taken = (await transaction.RunAsync([cypher.Query(CypherQuery.PersonIdsTaken, new Dictionary<string, object?> { ["ids"] = PersonMatching.CandidateIds(newName, newCountry) })],
                cancellationToken))[0].Rows.Select(r => r[0].RequiredString()).ToHashSet(StringComparer.Ordinal);
            var newId = PersonMatching.NewId(newName, newCountry, taken.Contains);
            if (taken.Contains(newId))
            {
                throw new GraphEditException($"ten people named {InputEcho.Quote(newName)} exist already: give the new person another name.");
            }

            // The articles' reports naming the person now name the new one: both groups' meetings are derived again.
            var inArticles = articles.ToHashSet(StringComparer.Ordinal);
            var touched = new HashSet<string>(StringComparer.Ordinal);
            var moved = new List<object>();
            foreach (var report in Neo4jMeetingClusters.Reports(found[2]).Where(r => inArticles.Contains(r.ArticleId)))
            {
                var renamed = report.WithPersonReplaced(personId, newId)!;
                touched.Add(report.GroupKey);
                touched.Add(renamed.GroupKey);
                moved.Add(new { report.Id, renamed.ParticipantsKey, renamed.GroupKey });
            }

            List<CypherStatement> writes = [];
            if (newCountry is not null)
            {
                writes.Add(cypher.Query(CypherQuery.MergeCountries, new Dictionary<string, object?>
                {
                    ["rows"] = new[] { new { Code = newCountry, Name = catalog.FindCountry(newCountry)?.Name ?? newCountry } },
                }));
            }

            var clusters = new Neo4jMeetingClusters(cypher);
            var reads = clusters.Reads(touched);
            var results = await transaction.RunAsync(
            [
                .. writes,
                cypher.Query(CypherQuery.SplitPersonOff, new Dictionary<string, object?>
                {
                    ["person"] = personId, ["id"] = newId, ["name"] = newName, ["nameKey"] = key, ["surnameKey"] = NameFolding.Surname(key),
                    ["country"] = newCountry, ["articles"] = articles,
                }),
                cypher.Query(CypherQuery.SetMeetingReportParticipants, new Dictionary<string, object?> { ["rows"] = moved }),
                .. reads,
            ], cancellationToken);
            await transaction.CommitAsync(clusters.Writes(results.Skip(results.Count - reads.Count).ToList()), cancellationToken);
            return new PersonSplitResult(personId, newId, moved.Count);
        }, cancellationToken);
    }

    private async Task<bool> ExistsAsync(string articleId, CancellationToken cancellationToken) =>
        (await client.RunAsync(cypher.Query(CypherQuery.ArticleExists, new Dictionary<string, object?> { ["id"] = articleId }), cancellationToken)).Rows[0][0].Number() > 0;
}
