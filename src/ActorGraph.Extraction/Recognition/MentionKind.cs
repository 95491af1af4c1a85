namespace ActorGraph.Extraction.Recognition;

internal enum MentionKind
{
    Country,
    Organization,
    NewsAgency,
    Place,
    Title,
    Honorific,
}
