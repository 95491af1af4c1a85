using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Http;
using ActorGraph.Storage.Tests.Conformance;
using ActorGraph.Storage.Tests.Neo4j;
using ActorGraph.TestSupport;
using ActorGraph.TestSupport.Neo4j;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Storage.Tests.Cypher;

/// <summary>Every statement in cypher/ runs on the real Neo4j, and the Browser favorites answer what the API answers.</summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class CypherOnNeo4jTests(Neo4jServerFixture server)
{
    public static TheoryData<string> QueryNames => [.. CypherCatalog.Embedded.QueryNames];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public void EmbeddedStatements_AreExactlyTheFilesInCypherQueries_AndTheMembersOfCypherQuery()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryFolders.Cypher, "queries"), "*.cypher").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(files, CypherCatalog.Embedded.QueryNames);
        Assert.Equal(files, Enum.GetNames<CypherQuery>().Order(StringComparer.Ordinal));
        foreach (var query in Enum.GetValues<CypherQuery>())
        {
            Assert.Equal(File.ReadAllText(Path.Combine(RepositoryFolders.Cypher, "queries", query + ".cypher")).ReplaceLineEndings("\n"), CypherCatalog.Embedded.QueryText(query));
        }
    }

    [Theory]
    [MemberData(nameof(QueryNames))]
    public async Task Query_RunsOnNeo4j_WithEmptyParameters(string name)
    {
        server.RequireServer();
        var text = CypherCatalog.Embedded.QueryText(Enum.Parse<CypherQuery>(name));
        var parameters = CypherParameters.Empty(name, text);

        var result = await server.Client.RunAsync(new CypherStatement(name, text, parameters), Cancellation);

        Assert.NotEmpty(result.Columns);
    }

    [Fact]
    public async Task LegacySchema_OnNeo4j31_MakesArticleIdsUnique()
    {
        server.RequireServer();
        await server.DeleteEverythingAsync(Cancellation);
        var create = CypherCatalog.Embedded.Query(CypherQuery.CreateArticles, new Dictionary<string, object?>
        {
            ["rows"] = new[]
            {
                new Dictionary<string, object?>
                {
                    ["id"] = "article/dup", ["title"] = "t", ["url"] = null, ["source"] = null, ["publishedAt"] = null, ["ingestedAt"] = "2026-01-01T00:00:00Z", ["text"] = "x", ["recordId"] = null,
                },
            },
        });
        await server.Client.RunAsync(create, Cancellation);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => server.Client.RunAsync(create, Cancellation));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Equal(Neo4jErrorKind.Statement, error.Kind);
        Assert.Contains("CreateArticles", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoMetWhomFavorite_AsPasted_ReturnsTheSamePeopleAsWhoMetOnTheEmbeddedStore()
    {
        server.RequireServer();
        await using var sqlite = new SqliteStoreUnderTest();
        var embedded = await sqlite.WithSamplesAsync(Cancellation);
        var expected = (await embedded.GetRequiredService<IGraphQueries>().WhoMetAsync("Blinken", null, null, null, Cancellation))
            .Counterparts.Select(c => c.Person.Name).Order(StringComparer.Ordinal).ToList();
        await Neo4jStoreUnderTest.For(server).WithSamplesAsync(Cancellation);

        var result = await RunFavoriteAsync("who-met-whom");
        var others = result.Rows.Select(r => r[result.IndexOf("other")].GetProperty("name").GetString()).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, others);
    }

    [Fact]
    public void Favorites_NeedNoParameters_SoTheyRunPastedIntoAnyBrowser()
    {
        // Neo4j Browser 3.x has no ":param name => value"; a first line the user edits runs everywhere.
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryFolders.Cypher, "browser"), "*.cypher"))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotMatch(CypherParameters.Pattern(), text);
            Assert.StartsWith("// ", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("person-meetings", null, "m")]
    [InlineData("person-meetings", "WITH \"putin\" AS name", "m")]
    [InlineData("country-contacts", null, "code")]
    [InlineData("recent-meetings", null, "m")]
    public async Task Favorite_OnTheSampleGraph_ReturnsRows(string favorite, string? firstLine, string column)
    {
        server.RequireServer();
        await Neo4jStoreUnderTest.For(server).WithSamplesAsync(Cancellation);

        var result = await RunFavoriteAsync(favorite, firstLine);

        Assert.NotEmpty(result.Rows);
        Assert.Contains(column, result.Columns);
    }

    [Theory]
    [InlineData(null, "Wang Yi")]
    [InlineData("WITH \"us\" AS countryCode, \"Secretary of State\" AS kind, \"2015-06-01\" AS onDate", "John Kerry")]
    [InlineData("WITH \"GH\" AS countryCode, \"head_of_state\" AS kind, \"2019-01-01\" AS onDate", "Nana Akufo-Addo")]
    public async Task OfficeHoldersFavorite_AnswersAsTheApiDoes(string? firstLine, string expected)
    {
        server.RequireServer();
        await Neo4jStoreUnderTest.For(server).WithSamplesAsync(Cancellation);

        var result = await RunFavoriteAsync("office-holders-on-date", firstLine);

        Assert.Contains(expected, result.Rows.Select(r => r[result.IndexOf("person")].GetString()));
    }

    [Fact]
    public async Task ShortestChainFavorite_AsPasted_LinksBlinkenToKishida_ThroughMeetingsOnly()
    {
        server.RequireServer();
        await Neo4jStoreUnderTest.For(server).WithSamplesAsync(Cancellation);

        var result = await RunFavoriteAsync("shortest-chain");

        var path = Assert.Single(result.Rows)[0];
        var names = path.EnumerateArray().Select(n => n.TryGetProperty("name", out var name) ? name.GetString() : null).OfType<string>().ToList();
        Assert.Equal("Antony Blinken", names[0]);
        Assert.Equal("Fumio Kishida", names[^1]);
        Assert.All(path.EnumerateArray().Where((_, i) => i % 2 == 1), relationship => Assert.Empty(relationship.EnumerateObject())); // ATTENDED carries no properties
    }

    /// <summary>The favorite's text as a user pastes it, with its first <c>WITH</c> line replaced as a user would edit it.</summary>
    private Task<CypherResult> RunFavoriteAsync(string favorite, string? firstLine = null)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryFolders.Cypher, "browser", favorite + ".cypher")).ToList();
        if (firstLine is not null)
        {
            var at = lines.FindIndex(l => l.StartsWith("WITH ", StringComparison.Ordinal));
            Assert.True(at >= 0, $"{favorite} has no WITH line to edit");
            lines[at] = firstLine;
        }

        return server.Client.RunAsync(new CypherStatement("browser/" + favorite, string.Join('\n', lines), new Dictionary<string, object?>()), Cancellation);
    }
}
