namespace ActorGraph.Extraction.Evaluation;

/// <summary>Precision, recall and F1 from counts, so scores of many articles add up (micro-averaging).</summary>
public sealed record MetricScore(string Metric, int TruePositives, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)TruePositives / Predicted;

    public double Recall => Gold == 0 ? (Predicted == 0 ? 1 : 0) : (double)TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public MetricScore Add(MetricScore other) =>
        this with { TruePositives = TruePositives + other.TruePositives, Predicted = Predicted + other.Predicted, Gold = Gold + other.Gold };
}
