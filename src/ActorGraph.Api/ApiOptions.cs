using System.ComponentModel.DataAnnotations;

namespace ActorGraph.Api;

/// <summary>Limits that keep hostile or careless GraphQL queries from exhausting the server, and who may write.</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    [Range(2, 50, ErrorMessage = "Api:MaxDepth must be between 2 and 50.")]
    public int MaxDepth { get; set; } = 15;

    [Range(10, 1_000_000, ErrorMessage = "Api:MaxComplexity must be between 10 and 1000000.")]
    public int MaxComplexity { get; set; } = 250_000;

    [Range(256, 10 * 1024 * 1024, ErrorMessage = "Api:MaxRequestBytes must be between 256 bytes and 10 MB.")]
    public int MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>Largest request from a client with the API key (an article submission carries the whole text).</summary>
    [Range(256, 512 * 1024 * 1024, ErrorMessage = "Api:MaxSubmissionBytes must be between 256 bytes and 512 MB.")]
    public int MaxSubmissionBytes { get; set; } = 12 * 1024 * 1024;

    /// <summary>The key mutations need (X-Api-Key header, or Authorization: Bearer). Unset: mutations are turned off.</summary>
    [MinLength(16, ErrorMessage = "Api:ApiKey must be at least 16 characters.")]
    public string? ApiKey { get; set; }

    /// <summary>Require the key for queries too (reads are open by default).</summary>
    public bool RequireApiKeyForQueries { get; set; }
}
