namespace ActorGraph.Core.Export;

public enum ExportFormat
{
    Csv,
    JsonLines,
}
