using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ActorGraph.Api.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Api.Tests.Http;

/// <summary>
/// Generated hostile and malformed requests through the real endpoint: token soup from GraphQL's own alphabet, valid
/// queries with wrong argument types, huge literals, odd Unicode and broken variables. Every one must get a GraphQL
/// error body (never a 500 or a stack trace), with a short message, quickly.
/// </summary>
public sealed class GraphQLFuzzTests : IDisposable
{
    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", ":", "\"", "...", "@", "$", "!", "[", "]", "=", ",", "query", "mutation", "subscription", "fragment", "on",
        "whoMet", "person", "counterparts", "totalCount", "network", "depth", "__schema", "__type", "types", "name", "meetings", "first",
        "after", "-1", "99999999999999999999", "1e309", "null", "true", "\"\\u0000\"", "\"\\ud800\"", "#", "\n", "\u202e", "😀", "\\",
        "mergePersons", "submitArticle", "stats", "persons", "$x", "Int", "String!", "@skip(if: $x)", "@include(if: true)", "__typename",
    ];

    private static readonly string[] Templates =
    [
        "{{ whoMet(person: {0}) {{ counterparts {{ totalCount }} }} }}",
        "{{ network(person: {0}, depth: {0}) {{ nodes {{ distance }} }} }}",
        "{{ connection(from: {0}, to: {0}, maxHops: {0}) {{ hops }} }}",
        "{{ searchPersons(text: {0}, limit: {0}) {{ id }} }}",
        "{{ meetings(first: {0}, after: {0}, from: {0}) {{ totalCount }} }}",
        "{{ officeHolders(country: {0}, office: {0}, on: {0}) {{ person {{ name }} }} }}",
        "{{ countryContacts(country: {0}) {{ code }} }}",
        "query($v: String!) {{ whoMet(person: $v) {{ person {{ name }} }} }}",
    ];

    private static readonly string[] Values =
    [
        "\"George W. Bush\"", "42", "-7", "3.5", "true", "null", "[1,2]", "{a: 1}", "\"\"", "\"2023-02-30\"", "\"0001-01-01\"", "ENUM_VALUE",
        "2147483648", "\"\\u0000\\u202e\"", "$undefined",
    ];

    private readonly ApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task GeneratedHostileRequests_AllGetAShortGraphQLError_NeverA500()
    {
        using var client = _factory.CreateClient();
        // A new store's first request waits for the office-holders table to load; time the requests, not that.
        await _factory.Services.GetRequiredService<GraphQLWarmUp>().Done.Task.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        var random = new Random(20261203);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 400; i++)
        {
            var (body, contentType) = Request(random, i);
            using var content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
            var started = watch.Elapsed;

            using var response = await client.PostAsync("/graphql", content, TestContext.Current.CancellationToken);
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

            var what = $"request {i}: {body[..Math.Min(body.Length, 200)]}";
            Assert.True((int)response.StatusCode is 200 or 400 or 401, $"{what} got {(int)response.StatusCode}: {text[..Math.Min(text.Length, 300)]}");
            Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(text);
            Assert.True(json.RootElement.TryGetProperty("errors", out var errors) || json.RootElement.TryGetProperty("data", out _), what);
            if (errors.ValueKind == JsonValueKind.Array)
            {
                Assert.All(errors.EnumerateArray(), e => Assert.True(e.GetProperty("message").GetString()!.Length < 2_000, what));
            }

            Assert.True(watch.Elapsed - started < TimeSpan.FromSeconds(5), $"{what} took {watch.Elapsed - started}");
        }
    }

    private static (string Body, string ContentType) Request(Random random, int index)
    {
        switch (index % 5)
        {
            case 0:
                return (JsonSerializer.Serialize(new { query = string.Join(random.Next(2) == 0 ? " " : "", Enumerable.Range(0, random.Next(1, 60)).Select(_ => Tokens[random.Next(Tokens.Length)])) }), "application/json");
            case 1:
            {
                var template = Templates[random.Next(Templates.Length)];
                var query = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Values[random.Next(Values.Length)]);
                return (JsonSerializer.Serialize(new { query, variables = new { v = random.Next(3) == 0 ? null : (object)random.Next() } }), "application/json");
            }

            case 2:
                return (JsonSerializer.Serialize(new { query = "{ whoMet(person: \"" + new string('x', random.Next(1_000, 40_000)) + "\") { person { name } } }" }), "application/json");
            case 3:
                return (random.Next(4) switch
                {
                    0 => "{\"query\": 5}",
                    1 => "{\"query\": \"{ stats { persons } }\", \"variables\": \"not an object\"}",
                    2 => "[{\"query\": \"{ stats { persons } }\"}]",
                    _ => "{\"query\": \"{ stats { persons } }\", \"variables\": {\"a\": " + new string('[', 300) + new string(']', 300) + "}}",
                }, "application/json");
            default:
                return ("{ stats { persons } }" + new string('}', random.Next(1, 50)), random.Next(2) == 0 ? "application/graphql" : "text/plain");
        }
    }
}
