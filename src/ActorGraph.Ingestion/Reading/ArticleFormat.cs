namespace ActorGraph.Ingestion.Reading;

public enum ArticleFormat
{
    Text,
    Html,
    Json,
    JsonLines,
}
