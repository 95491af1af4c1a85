using System.ComponentModel.DataAnnotations;

namespace ActorGraph.Worker.Inbox;

/// <summary>The inbox worker's settings (section <c>Worker</c>, environment <c>ACTORGRAPH__WORKER__…</c>).</summary>
public sealed class WorkerOptions : IValidatableObject
{
    public const string SectionName = "Worker";

    /// <summary>The folder watched for new article files (top level only).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Worker:Inbox must name a folder.")]
    public string Inbox { get; set; } = Path.Combine("data", "inbox");

    /// <summary>Where ingested files go; default <c>processed</c> inside the inbox.</summary>
    public string? Processed { get; set; }

    /// <summary>Where files that could not be ingested go, each with a <c>.reason.txt</c> beside it; default <c>failed</c> inside the inbox.</summary>
    public string? Failed { get; set; }

    [Range(1, 64, ErrorMessage = "Worker:Concurrency must be between 1 and 64.")]
    public int Concurrency { get; set; } = 2;

    /// <summary>Articles per transaction when a file holds many (JSON Lines).</summary>
    [Range(1, 10_000, ErrorMessage = "Worker:BatchSize must be between 1 and 10000.")]
    public int BatchSize { get; set; } = 100;

    /// <summary>How often the inbox is scanned (file-system events wake the worker sooner).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A file is taken only once it has not changed for this long, so half-copied files are left alone.</summary>
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>After the store fails, the pause before the next file is tried.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Store failures for one file before it goes to failed/ instead of back to the inbox.</summary>
    [Range(1, 100, ErrorMessage = "Worker:MaxAttempts must be between 1 and 100.")]
    public int MaxAttempts { get; set; } = 3;

    public string ProcessedFolder => Processed ?? Path.Combine(Inbox, "processed");

    public string FailedFolder => Failed ?? Path.Combine(Inbox, "failed");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PollInterval < TimeSpan.FromMilliseconds(10) || PollInterval > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("Worker:PollInterval must be between 00:00:00.010 and 01:00:00.", [nameof(PollInterval)]);
        }

        if (SettleTime < TimeSpan.Zero || SettleTime > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("Worker:SettleTime must be between 00:00:00 and 01:00:00.", [nameof(SettleTime)]);
        }

        if (RetryDelay < TimeSpan.Zero || RetryDelay > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("Worker:RetryDelay must be between 00:00:00 and 01:00:00.", [nameof(RetryDelay)]);
        }
    }
}
