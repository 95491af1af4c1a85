using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j;
using ActorGraph.Storage.Neo4j.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.TestSupport.Neo4j;

/// <summary>
/// The Neo4j server for this test run, found as the design says: ACTORGRAPH_TEST_NEO4J_URL, else the npm-packaged
/// 3.1.1 started here, else none (tests skip and say why). With ACTORGRAPH_REQUIRE_NEO4J=1, as .ci/run sets it,
/// failing to start a server fails the tests instead of skipping them.
/// </summary>
public sealed class Neo4jServerFixture : IAsyncLifetime
{
    private ServiceProvider? _services;

    public Neo4jTestServer? Server { get; private set; }

    /// <summary>The address with credentials, as --store takes it; null when there is no server.</summary>
    public string? StoreUrl { get; private set; }

    public string? SkipReason { get; private set; }

    public static bool Required => Environment.GetEnvironmentVariable("ACTORGRAPH_REQUIRE_NEO4J") == "1";

    public async ValueTask InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable("ACTORGRAPH_TEST_NEO4J_URL");
        if (!string.IsNullOrWhiteSpace(external))
        {
            StoreUrl = external;
        }
        else if (Neo4jTestServer.Unavailable() is { } reason)
        {
            SkipReason = $"No Neo4j for this run: ACTORGRAPH_TEST_NEO4J_URL is not set, no Docker engine is used here, and {reason}.";
        }
        else
        {
            try
            {
                Server = await Neo4jTestServer.StartAsync(TestContext.Current.CancellationToken);
                StoreUrl = Server.StoreUrl;
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException or IOException or System.ComponentModel.Win32Exception)
            {
                SkipReason = $"The npm-packaged Neo4j 3.1.1 could not be started: {e.Message}";
            }
        }

        if (StoreUrl is not null)
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Neo4j:Uri", StoreUrl)]).Build();
            _services = new ServiceCollection().AddLogging().AddNeo4jGraphStore(configuration).BuildServiceProvider();
        }
    }

    /// <summary>Skips the calling test when there is no server (or fails it when CI requires one).</summary>
    public void RequireServer()
    {
        if (SkipReason is null)
        {
            return;
        }

        if (Required)
        {
            Assert.Fail(SkipReason);
        }

        Assert.Skip(SkipReason);
    }

    public Neo4jClient Client => _services?.GetRequiredService<Neo4jClient>() ?? throw new InvalidOperationException(SkipReason);

    /// <summary>Goes up each time the database is emptied, so cached sample graphs know they are gone.</summary>
    public int Generation { get; private set; }

    /// <summary>
    /// Empties the database as a new store would be: nothing from any source, and the office-holders table as loaded
    /// on first connect (kept, not loaded again for each test: that would take most of the run on this server).
    /// </summary>
    public async Task DeleteEverythingAsync(CancellationToken cancellationToken)
    {
        RequireServer();
        Generation++;
        await Client.ConnectAsync(cancellationToken); // loads the table the first time
        await RunTestingAsync("DeleteAllButOfficeHolders", [], cancellationToken);
        await RunTestingAsync("DeleteArticleHolds", [], cancellationToken);
        var touched = (await RunTestingAsync("TouchedTablePersons", [], cancellationToken)).Rows.Select(r => r[0].GetString()!).ToHashSet(StringComparer.Ordinal);
        if (touched.Count > 0)
        {
            var seed = TableSeed.Value;
            var aliases = seed.Aliases.Where(a => touched.Contains(a.PersonId)).GroupBy(a => a.PersonId).ToDictionary(g => g.Key, g => g.ToList());
            var rows = seed.Persons.Where(p => touched.Contains(p.Id)).Select(p => (object)new
            {
                p.Id, p.Name, p.NameKey, p.SurnameKey, p.Country, p.WikidataId,
                Aliases = aliases.GetValueOrDefault(p.Id)?.Select(a => a.Alias).ToList() ?? [],
                AliasKeys = aliases.GetValueOrDefault(p.Id)?.Select(a => a.Key).ToList() ?? [],
            }).ToList();
            await RunTestingAsync("RestoreTablePersons", new Dictionary<string, object?> { ["rows"] = rows }, cancellationToken);
        }
    }

    /// <summary>Samples the indexes whose statistics are out of date (Neo4j does it in the background only after many changes).</summary>
    public async Task ResampleIndexesAsync(CancellationToken cancellationToken)
    {
        RequireServer();
        await RunTestingAsync("ResampleIndexes", [], cancellationToken);
    }

    private static readonly Lazy<OfficeHolderSeed> TableSeed = new(() => OfficeHolderSeed.From(OfficeHolderTable.Default, ReferenceCatalog.Default));

    private async Task<CypherResult> RunTestingAsync(string name, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "cypher", "testing", name + ".cypher"), cancellationToken);
        return await Client.RunAsync(new CypherStatement("testing/" + name, text, parameters), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}
