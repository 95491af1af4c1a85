using System.ComponentModel.DataAnnotations;

namespace ActorGraph.Ingestion.Reading;

public sealed class ReadingOptions
{
    public const string SectionName = "Reading";

    /// <summary>Largest single article (a whole .txt/.html/.json file, or one JSON Lines line) accepted, in bytes.</summary>
    [Range(1_000, 512 * 1024 * 1024, ErrorMessage = "Reading:MaxArticleBytes must be between 1000 and 536870912 bytes.")]
    public int MaxArticleBytes { get; set; } = 10 * 1024 * 1024;
}
