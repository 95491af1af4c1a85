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

    /// <summary>One column per split and one for all of them: F1 for the set metrics, accuracy for the rest.</summary>
    public static void PrintSplits(IReadOnlyList<(string Name, CorpusScore Score)> splits, CorpusScore total, IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("F1 / accuracy by split").AddColumn("metric");
        foreach (var (name, score) in splits)
        {
            table.AddColumn(new TableColumn($"{Markup.Escape(name)} ({score.Articles})").RightAligned());
        }

        table.AddColumn(new TableColumn($"all ({total.Articles})").RightAligned());
        var all = splits.Select(s => s.Score).Append(total).ToList();
        foreach (var (metric, index) in total.Metrics.Select((m, i) => (m.Metric, i)))
        {
            table.AddRow([metric, .. all.Select(s => F(s.Metrics.ElementAt(index).F1))]);
        }

        foreach (var (metric, index) in total.Accuracies.Select((a, i) => (a.Metric, i)))
        {
            table.AddRow([metric + " accuracy", .. all.Select(s => F(s.Accuracies.ElementAt(index).Accuracy))]);
        }

        console.Write(table);
    }

    /// <summary>Plain lines, not console markup, so they are not wrapped and can be grepped or diffed between runs.</summary>
    public static void PrintDifferences(string file, IReadOnlyList<string> lines, TextWriter output)
    {
        if (lines.Count == 0)
        {
            return;
        }

        output.WriteLine(file);
        foreach (var line in lines)
        {
            output.WriteLine("  " + line);
        }
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
