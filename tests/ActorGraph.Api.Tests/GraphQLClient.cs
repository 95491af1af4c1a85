using System.Net.Http.Json;
using System.Text.Json;

namespace ActorGraph.Api.Tests;

internal static class GraphQLClient
{
    public static async Task<(int Status, JsonElement Body)> PostAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query }, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, body);
    }
}
