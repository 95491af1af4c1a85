using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Tests.Neo4j;
using ActorGraph.TestSupport.Neo4j;

namespace ActorGraph.Storage.Tests.Cypher;

/// <summary>
/// Neo4j 3.1 keeps the plan it made the first time a statement ran. A store's first statements run on an empty
/// graph, where scanning a label costs nothing, so a per-row lookup may be planned as a scan and keep scanning once
/// the graph holds thousands of people (such plans hung the history-state import). Every statement is EXPLAINed on
/// the graph a new store starts with (the office-holders table, no articles or meetings), and only statements that
/// are meant to read everything may scan. The fixes that pass it: index hints where the lookup value is a parameter,
/// MERGE on a unique id where it comes from a row, and links expanded from a bound node, filtered afterwards.
/// </summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class CypherPlanTests(Neo4jServerFixture server)
{
    /// <summary>Operators that read a whole label, a whole index or the whole graph.</summary>
    private static readonly HashSet<string> ScanOperators = new(StringComparer.Ordinal) { "AllNodesScan", "NodeByLabelScan", "NodeIndexScan" };

    /// <summary>Statements that read everything of a kind on purpose, and why that is right for each.</summary>
    private static readonly Dictionary<string, string> ScansByDesign = new(StringComparer.Ordinal)
    {
        ["BackfillMeetingGroupKeys"] = "one pass when an older store is upgraded",
        ["BackfillMeetingReports"] = "one pass when an older store is upgraded",
        ["BackfillMeetingWindows"] = "one pass when an older store is upgraded",
        ["BackfillParticipantsKeys"] = "one pass when an older store is upgraded",
        ["BackfillPersonNames"] = "one pass when an older store is upgraded",
        ["OfficesWithoutKind"] = "one pass when an older store is upgraded",
        ["DeleteTerms"] = "one pass over the table's terms when a new office-holders table replaces the old one",
        ["MarkArticleHolds"] = "one pass over offices when a new office-holders table replaces the old one",
        ["ReferenceDataVersion"] = "whether the graph is empty: stops at the first node",
        ["KnownActors"] = "loads everyone the sources name, for the extractor, once per batch",
        ["PersonNamesInSources"] = "the candidates of \"did you mean\", read only when a name matched nobody",
        ["SearchPersons"] = "a substring search: Neo4j 3.1 has no index for CONTAINS",
        ["MeetingReportsOfPerson"] = "a person merge or split, an edit by hand, reads the reports naming the person",
        ["FindMeetings"] = "the meetings list filters every meeting (paging in Cypher is open in issue 17)",
        ["Statistics"] = "counts every kind of node for `actorgraph stats`",
    };

    public static TheoryData<string> QueryNames => [.. CypherCatalog.Embedded.QueryNames];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(QueryNames))]
    public async Task Query_PlannedOnAGraphWithoutArticles_ScansOnlyWhenMeantTo(string name)
    {
        server.RequireServer();
        await server.DeleteEverythingAsync(Cancellation); // each time: the plan depends on what the graph holds, and other tests leave data behind
        await server.ResampleIndexesAsync(Cancellation);

        var scans = await ScansAsync(name, CypherCatalog.Embedded.QueryText(Enum.Parse<CypherQuery>(name)));

        if (ScansByDesign.ContainsKey(name))
        {
            Assert.NotEmpty(scans); // a reason for a scan that no longer happens is a stale entry: remove it
        }
        else
        {
            Assert.True(scans.Count == 0, $"{name} is planned with {string.Join(", ", scans)}: give the lookup an index hint or expand from a bound node.");
        }
    }

    [Fact]
    public async Task Scans_AreFound_InAPlanThatLooksUpByAnUnindexedProperty()
    {
        server.RequireServer();

        var scans = await ScansAsync("control", "UNWIND $rows AS row MATCH (o:Office) WHERE o.title = row.title RETURN o.id");

        Assert.Contains(scans, s => s.StartsWith("NodeByLabelScan", StringComparison.Ordinal));
    }

    /// <summary>The scan operators of the statement's plan, each with the operator above it.</summary>
    private async Task<List<string>> ScansAsync(string name, string statement)
    {
        var parameters = CypherParameters.Empty(name, statement);
        using var http = new HttpClient { BaseAddress = server.Server!.Address, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + Neo4jTestServer.Password)));
        // The comment makes the text new, so the server plans it now rather than showing a plan it cached earlier.
        var text = $"EXPLAIN {statement}\n// plan check {Guid.NewGuid():N}";
        using var response = await http.PostAsJsonAsync("db/data/transaction/commit", new { statements = new[] { new { statement = text, parameters } } }, Cancellation);
        response.EnsureSuccessStatusCode();
        // A plan of a long statement nests one object per operator, past System.Text.Json's default depth of 64.
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation), new JsonDocumentOptions { MaxDepth = 1024 });
        var errors = body.RootElement.GetProperty("errors");
        Assert.True(errors.GetArrayLength() == 0, errors.ToString());

        var scans = new List<string>();
        Walk(body.RootElement.GetProperty("results")[0].GetProperty("plan").GetProperty("root"), "top");
        return scans;

        void Walk(JsonElement step, string parent)
        {
            var operatorType = step.GetProperty("operatorType").GetString()!;
            if (ScanOperators.Contains(operatorType))
            {
                scans.Add($"{operatorType} under {parent}");
            }

            if (step.TryGetProperty("children", out var children))
            {
                foreach (var child in children.EnumerateArray())
                {
                    Walk(child, operatorType);
                }
            }
        }
    }
}
