namespace ActorGraph.Extraction.Reading;

public enum ArticleFormat
{
    Text,
    Html,
    Json,
    JsonLines,
}
