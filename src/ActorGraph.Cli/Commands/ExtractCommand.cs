using System.CommandLine;
using ActorGraph.Cli.Common;
using ActorGraph.Core.Annotation;
using ActorGraph.Extraction;
using ActorGraph.Ingestion;
using ActorGraph.Ingestion.Reading;
using Spectre.Console;

namespace ActorGraph.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "An article file (.txt, .html, .json, .jsonl) or - for standard input." };
        var format = CommonOptions.Format("json", "json", "text");
        var published = new Option<DateOnly?>("--published")
        {
            Description = "Publication date (yyyy-MM-dd) for an article that gives none (no metadata, header, dated file name or dateline), so 'met today' gets a day.",
        };
        var explain = new Option<bool>("--explain") { Description = "Also say which rule produced each person, office and meeting." };
        var command = new Command("extract", "Print what the extractor finds in an article, in the annotation format (actorgraph-article/1).") { file, format, published, explain };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(CommonOptions.Store));
            var reader = services.GetRequiredService<ArticleReader>();
            var ingestor = services.GetRequiredService<ArticleIngestor>();
            var path = parse.GetValue(file)!;
            var records = path == "-" ? reader.ReadStreamAsync(Console.OpenStandardInput(), "stdin", cancellationToken) : reader.ReadFileAsync(path, cancellationToken);
            var failed = false;
            await foreach (var record in records)
            {
                if (record.Article is null)
                {
                    await Console.Error.WriteLineAsync($"{record.Origin}: {record.Error}");
                    failed = true;
                    continue;
                }

                var article = record.Article.PublishedAt is null && parse.GetValue(published) is { } day
                    ? record.Article with { PublishedAt = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }
                    : record.Article;
                var explained = parse.GetValue(explain) ? await ingestor.ExplainAsync(article, cancellationToken) : null;
                var graph = explained?.Graph ?? await ingestor.ExtractAsync(article, cancellationToken);
                if (parse.GetValue(format) == "json")
                {
                    await Console.Out.WriteLineAsync(ArticleGraphJson.Serialize(graph));
                }
                else
                {
                    PrintText(graph);
                }

                if (explained is not null)
                {
                    PrintReasons(explained.Reasons, parse.GetValue(format) == "json");
                }
            }

            return failed ? 1 : 0;
        });
        return command;
    }

    /// <summary>The reasons go to standard error under JSON, so the JSON on standard output stays one document.</summary>
    private static void PrintReasons(IReadOnlyList<ExtractionReason> reasons, bool toError)
    {
        var console = toError ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }) : AnsiConsole.Console;
        console.MarkupLine("[bold]why[/]");
        foreach (var reason in reasons)
        {
            console.MarkupLineInterpolated($"  {reason.Kind,-8} {reason.Subject} [grey]← {reason.Rule}[/]");
        }
    }

    private static void PrintText(ArticleGraph graph)
    {
        AnsiConsole.MarkupLineInterpolated($"[bold]{graph.Article.Title}[/] ({graph.Article.PublishedAt ?? "undated"})");
        foreach (var p in graph.Persons)
        {
            AnsiConsole.MarkupLineInterpolated($"  person   {p.Name} [grey]{p.Country}[/] {string.Join("; ", p.Offices.Select(o => o.Title + (o.Country is null ? "" : " of " + o.Country)))}");
        }

        AnsiConsole.MarkupLineInterpolated($"  countries {string.Join(", ", graph.Countries)}");
        AnsiConsole.MarkupLineInterpolated($"  orgs     {string.Join(", ", graph.Organizations.Select(o => o.Name))}");
        foreach (var m in graph.Meetings)
        {
            AnsiConsole.MarkupLineInterpolated($"  meeting  {string.Join(" + ", m.Participants)}: {m.Status}, {m.Mode}, {m.Date ?? "no date"}, {m.Place ?? m.Country ?? "no place"}");
        }
    }
}
