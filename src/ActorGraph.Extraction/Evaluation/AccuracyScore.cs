namespace ActorGraph.Extraction.Evaluation;

public sealed record AccuracyScore(string Metric, int Correct, int Total)
{
    public double Accuracy => Total == 0 ? 1 : (double)Correct / Total;

    public AccuracyScore Add(AccuracyScore other) => this with { Correct = Correct + other.Correct, Total = Total + other.Total };
}
