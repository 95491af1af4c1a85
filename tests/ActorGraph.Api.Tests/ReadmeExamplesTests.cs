using System.Text.Json;
using System.Text.RegularExpressions;

namespace ActorGraph.Api.Tests;

/// <summary>
/// The README's example queries, run against the API over the sample articles: each ```graphql block followed by a
/// ```json block must answer that JSON. An object with a <c>"...": "..."</c> member shows only some of its members.
/// </summary>
public sealed partial class ReadmeExamplesTests : IDisposable
{
    private readonly ApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    public static TheoryData<int> Examples() => [.. Enumerable.Range(0, Pairs().Count)];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task ReadmeExample_AnswersWhatTheReadmeShows(int index)
    {
        var (query, expected) = Pairs()[index];
        using var client = _factory.CreateClient();
        await SampleArticles.IngestAsync(_factory.Services);

        var (_, actual) = await GraphQLClient.PostAsync(client, query);

        using var shown = JsonDocument.Parse(expected);
        Assert.True(Matches(shown.RootElement, actual, "$", out var where), $"README example {index + 1} differs at {where}:\n{query}\nactual: {actual}");
    }

    [Fact]
    public void Readme_HasExamplesToCheck() => Assert.True(Pairs().Count >= 4, $"{Pairs().Count} examples found");

    private static List<(string Query, string Json)> Pairs()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md"));
        return ExamplePattern().Matches(readme).Select(m => (m.Groups["query"].Value, m.Groups["json"].Value)).ToList();
    }

    private static bool Matches(JsonElement shown, JsonElement actual, string path, out string where)
    {
        where = path;
        switch (shown.ValueKind)
        {
            case JsonValueKind.Object:
                if (actual.ValueKind != JsonValueKind.Object)
                {
                    return false;
                }

                var partial = shown.TryGetProperty("...", out _);
                var names = shown.EnumerateObject().Where(p => p.Name != "...").Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                if (!partial && actual.EnumerateObject().Any(p => !names.Contains(p.Name)))
                {
                    where = path + " (members the README does not show)";
                    return false;
                }

                foreach (var property in shown.EnumerateObject().Where(p => p.Name != "..."))
                {
                    if (!actual.TryGetProperty(property.Name, out var value) || !Matches(property.Value, value, path + "." + property.Name, out where))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValueKind.Array:
                if (actual.ValueKind != JsonValueKind.Array || actual.GetArrayLength() != shown.GetArrayLength())
                {
                    return false;
                }

                for (var i = 0; i < shown.GetArrayLength(); i++)
                {
                    if (!Matches(shown[i], actual[i], $"{path}[{i}]", out where))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return JsonElement.DeepEquals(shown, actual);
        }
    }

    [GeneratedRegex("```graphql\\n(?<query>.*?)```\\n```json\\n(?<json>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExamplePattern();
}
