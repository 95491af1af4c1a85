using System.Globalization;
using ActorGraph.Extraction.Evaluation;
using Spectre.Console;

namespace ActorGraph.Cli.Output;

internal static class EvalReport
{
    public static void Print(CorpusScore score, IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"{score.Articles} articles")
            .AddColumn("metric").AddColumn(new TableColumn("P").RightAligned()).AddColumn(new TableColumn("R").RightAligned())
            .AddColumn(new TableColumn("F1").RightAligned()).AddColumn(new TableColumn("tp / pred / gold").RightAligned());
        foreach (var m in score.Metrics)
        {
            table.AddRow(m.Metric, F(m.Precision), F(m.Recall), F(m.F1), $"{m.TruePositives} / {m.Predicted} / {m.Gold}");
        }

        foreach (var a in score.Accuracies)
        {
            table.AddRow(a.Metric + " accuracy", "", "", F(a.Accuracy), $"{a.Correct} / {a.Total}");
        }

        console.Write(table);
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
