namespace ActorGraph.Extraction.Recognition;

internal enum MentionKind
{
    Country,
    Organization,
    NewsAgency,
    Place,
    Title,
    Honorific,

    /// <summary>A region named with a country word that is not that country: "South American", "Korean peninsula".</summary>
    Region,
}
