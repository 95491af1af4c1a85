using System.Text.RegularExpressions;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Http;
using ActorGraph.Storage.Tests.Conformance;
using ActorGraph.Storage.Tests.Neo4j;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Storage.Tests.Cypher;

/// <summary>Every statement in cypher/ runs on the real Neo4j, and the Browser favorites answer what the API answers.</summary>
[Collection(Neo4jServerGroup.Name)]
public sealed partial class CypherOnNeo4jTests(Neo4jServerFixture server)
{
    public static TheoryData<string> QueryNames => [.. CypherCatalog.Embedded.QueryNames];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public void EmbeddedStatements_AreExactlyTheFilesInCypherQueries()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryFolders.Cypher, "queries"), "*.cypher").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(files, CypherCatalog.Embedded.QueryNames);
        foreach (var name in CypherCatalog.Embedded.QueryNames)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(RepositoryFolders.Cypher, "queries", name + ".cypher")).ReplaceLineEndings("\n"), CypherCatalog.Embedded.QueryText(name));
        }
    }

    [Theory]
    [MemberData(nameof(QueryNames))]
    public async Task Query_RunsOnNeo4j_WithEmptyParameters(string name)
    {
        server.RequireServer();
        var text = CypherCatalog.Embedded.QueryText(name);
        var parameters = ParameterPattern().Matches(text).Select(m => m.Groups[1].Value).Distinct()
            .ToDictionary(p => p, p => p switch
            {
                "ids" or "keys" or "rows" => (object?)Array.Empty<object>(),
                "limit" => name == "DeleteTerms" ? 0 : 10, // the shared graph keeps its office-holders table
                "id" or "key" or "code" or "a" or "b" or "articleId" or "name" => "none",
                _ => null,
            });

        var result = await server.Client.RunAsync(new CypherStatement(name, text, parameters), Cancellation);

        Assert.NotEmpty(result.Columns);
    }

    [Fact]
    public async Task LegacySchema_OnNeo4j31_MakesArticleIdsUnique()
    {
        server.RequireServer();
        await server.DeleteEverythingAsync(Cancellation);
        var create = CypherCatalog.Embedded.Query("CreateArticle", new Dictionary<string, object?>
        {
            ["id"] = "article/dup", ["title"] = "t", ["url"] = null, ["source"] = null, ["publishedAt"] = null, ["ingestedAt"] = "2026-01-01T00:00:00Z", ["text"] = "x", ["recordId"] = null,
        });
        await server.Client.RunAsync(create, Cancellation);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => server.Client.RunAsync(create, Cancellation));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Equal(Neo4jErrorKind.Statement, error.Kind);
        Assert.Contains("CreateArticle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoMetWhomFavorite_ForBlinken_ReturnsTheSamePeopleAsWhoMetOnTheEmbeddedStore()
    {
        server.RequireServer();
        await using var sqlite = new SqliteStoreUnderTest();
        var embedded = await sqlite.WithSamplesAsync(Cancellation);
        var expected = (await embedded.GetRequiredService<IGraphQueries>().WhoMetAsync("Blinken", null, null, null, Cancellation))
            .Counterparts.Select(c => c.Person.Name).Order(StringComparer.Ordinal).ToList();
        await Neo4jStoreUnderTest.For(server).WithSamplesAsync(Cancellation);

        var result = await RunFavoriteAsync("who-met-whom", ("name", "Blinken"));
        var others = result.Rows.Select(r => r[result.IndexOf("other")].GetProperty("name").GetString()).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, others);
    }

    [Theory]
    [InlineData("person-meetings", "name", "Putin", "m")]
    [InlineData("country-contacts", "country", "cn", "code")]
    [InlineData("recent-meetings", null, null, "m")]
    public async Task Favorite_OnTheSampleGraph_ReturnsRows(string favorite, string? parameter, string? value, string column)
    {
        server.RequireServer();
        await Neo4jStoreUnderTest.For(server).WithSamplesAsync(Cancellation);

        var result = parameter is null ? await RunFavoriteAsync(favorite) : await RunFavoriteAsync(favorite, (parameter, value));

        Assert.NotEmpty(result.Rows);
        Assert.Contains(column, result.Columns);
    }

    [Theory]
    [InlineData("CN", "foreign_minister", "2018-05-01", "Wang Yi")]
    [InlineData("us", "Secretary of State", "2015-06-01", "John Kerry")]
    [InlineData("GH", "head_of_state", "2019-01-01", "Nana Akufo-Addo")]
    public async Task OfficeHoldersFavorite_AnswersAsTheApiDoes(string country, string kind, string date, string expected)
    {
        server.RequireServer();
        await Neo4jStoreUnderTest.For(server).WithSamplesAsync(Cancellation);

        var result = await RunFavoriteAsync("office-holders-on-date", ("country", country), ("kind", kind), ("date", date));

        Assert.Contains(expected, result.Rows.Select(r => r[result.IndexOf("person")].GetString()));
    }

    [Fact]
    public async Task ShortestChainFavorite_LinksBlinkenToKishida_ThroughMeetingsOnly()
    {
        server.RequireServer();
        await Neo4jStoreUnderTest.For(server).WithSamplesAsync(Cancellation);

        var result = await RunFavoriteAsync("shortest-chain", ("from", "Blinken"), ("to", "Kishida"));

        var path = Assert.Single(result.Rows)[0];
        var names = path.EnumerateArray().Select(n => n.TryGetProperty("name", out var name) ? name.GetString() : null).OfType<string>().ToList();
        Assert.Equal("Antony Blinken", names[0]);
        Assert.Equal("Fumio Kishida", names[^1]);
        Assert.All(path.EnumerateArray().Where((_, i) => i % 2 == 1), relationship => Assert.Empty(relationship.EnumerateObject())); // ATTENDED carries no properties
    }

    private Task<CypherResult> RunFavoriteAsync(string favorite, params (string Name, object? Value)[] parameters)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFolders.Cypher, "browser", favorite + ".cypher"));
        return server.Client.RunAsync(new CypherStatement("browser/" + favorite, text, parameters.ToDictionary(p => p.Name, p => p.Value)), Cancellation);
    }

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterPattern();
}
