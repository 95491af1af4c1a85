using System.Security.Cryptography;
using System.Text;

namespace ActorGraph.Api.Http;

/// <summary>Checks a request's API key (X-Api-Key, or Authorization: Bearer) against the configured one in constant time.</summary>
internal static class ApiKeys
{
    public const string HeaderName = "X-Api-Key";

    public static bool IsValid(HttpRequest request, string? configured)
    {
        if (string.IsNullOrEmpty(configured))
        {
            return false;
        }

        var sent = request.Headers[HeaderName].ToString();
        if (sent.Length == 0 && request.Headers.Authorization.ToString() is { } authorization && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            sent = authorization["Bearer ".Length..].Trim();
        }

        return sent.Length > 0 && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(sent)), SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
    }
}
