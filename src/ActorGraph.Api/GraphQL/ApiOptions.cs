using System.ComponentModel.DataAnnotations;

namespace ActorGraph.Api.GraphQL;

/// <summary>Limits that keep hostile or careless GraphQL queries from exhausting the server, and who may write.</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    [Range(2, 50, ErrorMessage = "Api:MaxDepth must be between 2 and 50.")]
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// The complexity budget of a request without the key: one point per field selected, times the page sizes above
    /// it, plus what each query field costs the store (GraphQL/FieldCosts.cs; about 100 points per millisecond).
    /// </summary>
    [Range(10, 100_000_000, ErrorMessage = "Api:MaxComplexity must be between 10 and 100000000.")]
    public int MaxComplexity { get; set; } = 100_000;

    /// <summary>The complexity budget of a request with the key.</summary>
    [Range(10, 100_000_000, ErrorMessage = "Api:MaxComplexityWithKey must be between 10 and 100000000.")]
    public int MaxComplexityWithKey { get; set; } = 1_000_000;

    /// <summary>
    /// Wall-clock limit of a request without the key; over it, the store's work is cancelled and the request answers
    /// with an error. A backstop: the complexity budget already keeps the worst request near a second; this one also
    /// has to leave room for a new store's first request, which waits for the office-holders table to load (seconds).
    /// </summary>
    [Range(0.1, 3600, ErrorMessage = "Api:TimeoutSeconds must be between 0.1 and 3600.")]
    public double TimeoutSeconds { get; set; } = 30;

    /// <summary>Wall-clock limit of a request with the key (an article submission extracts the whole text).</summary>
    [Range(0.1, 3600, ErrorMessage = "Api:TimeoutSecondsWithKey must be between 0.1 and 3600.")]
    public double TimeoutSecondsWithKey { get; set; } = 120;

    /// <summary>GraphQL requests run at once; more wait in a queue of <see cref="MaxQueuedRequests"/>, beyond which they get 503.</summary>
    [Range(1, 1024, ErrorMessage = "Api:MaxConcurrentRequests must be between 1 and 1024.")]
    public int MaxConcurrentRequests { get; set; } = 8;

    [Range(0, 100_000, ErrorMessage = "Api:MaxQueuedRequests must be between 0 and 100000.")]
    public int MaxQueuedRequests { get; set; } = 400;

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
