using System.Net.Http.Json;
using System.Text.Json;
using ActorGraph.Core.Annotation;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Api.Tests.Http;

/// <summary>Merging and splitting meetings, and merging people, through the API: behind the key, recorded, and refused with a reason when wrong.</summary>
public sealed class GraphEditTests : IDisposable
{
    private const string Key = "test-key-0123456789abcdef";
    private const string Submit = "mutation($a: ArticleInput!) { submitArticle(article: $a) { articleId } }";
    private const string Meetings = """{ didMeet(a: "Blinken", b: "Wang Yi") { meetings { id reports sources { articleId } } } }""";

    private readonly ApiFactory _factory = new(new Dictionary<string, string> { ["Api:ApiKey"] = Key });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task SplitThenMerge_WithTheKey_ChangesTheMeetings_WithoutIt_IsRefused()
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var first = await SubmitAsync(client, "Blinken and Wang meet", "Antony Blinken met Wang Yi in Beijing on Monday for talks on trade.", "2023-06-20");
        var second = await SubmitAsync(client, "Talks in Beijing", "Antony Blinken held talks with Wang Yi in Beijing, officials said.", "2023-06-21");
        var meeting = Assert.Single((await PostAsync(client, Meetings, new { })).GetProperty("data").GetProperty("didMeet").GetProperty("meetings").EnumerateArray());
        Assert.Equal(2, meeting.GetProperty("reports").GetInt32());
        var id = meeting.GetProperty("id").GetString();

        using var anonymous = _factory.CreateClient();
        using (var refused = await anonymous.PostAsJsonAsync("/graphql", new { query = $$"""mutation { splitMeeting(id: "{{id}}") { meetingIds } }""" }, TestContext.Current.CancellationToken))
        {
            Assert.Equal(401, (int)refused.StatusCode);
        }

        var split = (await PostAsync(client, "mutation($id: ID!, $a: [ID!]) { splitMeeting(id: $id, articles: $a) { meetingIds decisionsRecorded } }", new { id, a = new[] { second } }))
            .GetProperty("data").GetProperty("splitMeeting");
        var ids = split.GetProperty("meetingIds").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(id, ids[0]);
        var after = (await PostAsync(client, Meetings, new { })).GetProperty("data").GetProperty("didMeet").GetProperty("meetings").EnumerateArray()
            .ToDictionary(m => m.GetProperty("id").GetString()!, m => m.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("articleId").GetString()).Single());
        Assert.Equal(first, after[ids[0]!]);
        Assert.Equal(second, after[ids[1]!]);

        var merged = (await PostAsync(client, "mutation($ids: [ID!]!) { mergeMeetings(ids: $ids) { meetingIds } }", new { ids }))
            .GetProperty("data").GetProperty("mergeMeetings").GetProperty("meetingIds");
        Assert.Single(merged.EnumerateArray());
        Assert.Single((await PostAsync(client, Meetings, new { })).GetProperty("data").GetProperty("didMeet").GetProperty("meetings").EnumerateArray());

        var wrong = await PostAsync(client, "mutation { mergeMeetings(ids: [\"meeting/none\", \"meeting/other\"]) { meetingIds } }", new { });
        var error = Assert.Single(wrong.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_EDIT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("no meeting has the id", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MergePersons_WithTheKey_MakesOnePerson_WhoseMeetingIsOne()
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var store = _factory.Services.GetRequiredService<IGraphStore>();
        foreach (var name in new[] { "Ahmed Aboul Gheit", "Ahmad Abu al-Ghayt" })
        {
            var article = new ArticleInfo($"{name} and Wang Yi", $"{name} met Wang Yi in Beijing.", PublishedAt: "2024-04-09");
            await store.UpsertAsync(new ArticleGraph(article, [new(name, [], null, []), new("Wang Yi", [], "CN", [])], [], ["CN"], [],
                [new([name, "Wang Yi"], MeetingStatus.Held, MeetingMode.InPerson, "2024-04-08", "Beijing", "CN", $"{name} met Wang Yi in Beijing.")]),
                TestContext.Current.CancellationToken);
        }

        var before = (await PostAsync(client, """{ whoMet(person: "Wang Yi") { counterparts { totalCount } } }""", new { }))
            .GetProperty("data").GetProperty("whoMet").GetProperty("counterparts").GetProperty("totalCount").GetInt32();

        var merged = await PostAsync(client, """mutation { mergePersons(kept: "Ahmed Aboul Gheit", gone: "Ahmad Abu al-Ghayt") { id name aliases } }""", new { });

        var person = merged.GetProperty("data").GetProperty("mergePersons");
        Assert.Equal("Ahmed Aboul Gheit", person.GetProperty("name").GetString());
        Assert.Contains("Ahmad Abu al-Ghayt", person.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        var counterparts = (await PostAsync(client, """{ whoMet(person: "Wang Yi") { counterparts { totalCount edges { node { count } } } } }""", new { }))
            .GetProperty("data").GetProperty("whoMet").GetProperty("counterparts");
        Assert.Equal(2, before); // the rules kept the two spellings apart
        Assert.Equal(1, counterparts.GetProperty("totalCount").GetInt32());
        Assert.Equal(1, counterparts.GetProperty("edges")[0].GetProperty("node").GetProperty("count").GetInt32());

        var again = await PostAsync(client, """mutation { mergePersons(kept: "Ahmed Aboul Gheit", gone: "Ahmed Aboul Gheit") { id } }""", new { });
        Assert.Equal("INVALID_EDIT", Assert.Single(again.GetProperty("errors").EnumerateArray()).GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task SplitPerson_WithTheKey_MakesTwoPeople_EachWithTheMeetingsOfItsArticles()
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var store = _factory.Services.GetRequiredService<IGraphStore>();
        var articleIds = new List<string>();
        foreach (var (counterpart, country, day) in new[] { ("Rosa Vance", "SG", "2024-05-02"), ("Piet Hollander", (string?)null, "2024-06-03") })
        {
            var text = $"Mei Okafor met {counterpart} on {day}.";
            var article = new ArticleInfo($"Mei Okafor and {counterpart}", text, PublishedAt: day);
            articleIds.Add((await store.UpsertAsync(new ArticleGraph(article, [new("Mei Okafor", [], country, []), new(counterpart, [], "NL", [])], [], ["NL"], [],
                [new(["Mei Okafor", counterpart], MeetingStatus.Held, MeetingMode.InPerson, day, null, null, text)]), TestContext.Current.CancellationToken)).ArticleId);
        }

        var split = await PostAsync(client, "mutation($a: [ID!]!) { splitPerson(person: \"Mei Okafor\", articles: $a, country: \"Malaysia\") { id name country } }",
            new { a = new[] { articleIds[1] } });

        var person = split.GetProperty("data").GetProperty("splitPerson");
        Assert.Equal(("Mei Okafor", "MY"), (person.GetProperty("name").GetString(), person.GetProperty("country").GetString()));
        var counterparts = (await PostAsync(client, "query($p: String!) { whoMet(person: $p) { counterparts { edges { node { person { name } } } } } }",
            new { p = person.GetProperty("id").GetString() })).GetProperty("data").GetProperty("whoMet").GetProperty("counterparts").GetProperty("edges");
        Assert.Equal(["Piet Hollander"], counterparts.EnumerateArray().Select(e => e.GetProperty("node").GetProperty("person").GetProperty("name").GetString()));

        var badCountry = await PostAsync(client, "mutation($a: [ID!]!) { splitPerson(person: \"Piet Hollander\", articles: $a, country: \"Atlantis\") { id } }",
            new { a = new[] { articleIds[1] } });
        var error = Assert.Single(badCountry.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_EDIT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("\"Atlantis\" is not a country", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static async Task<string> SubmitAsync(HttpClient client, string title, string text, string publishedAt) =>
        (await PostAsync(client, Submit, new { a = new { title, text = title + "\n\n" + text, publishedAt } }))
            .GetProperty("data").GetProperty("submitArticle").GetProperty("articleId").GetString()!;

    private static async Task<JsonElement> PostAsync(HttpClient client, string query, object variables)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables }, TestContext.Current.CancellationToken);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }
}
