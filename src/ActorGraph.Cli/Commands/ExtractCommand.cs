using System.CommandLine;
using ActorGraph.Core.Annotation;
using ActorGraph.Extraction.Ingestion;
using ActorGraph.Extraction.Reading;
using Spectre.Console;

namespace ActorGraph.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "An article file (.txt, .html, .json, .jsonl) or - for standard input." };
        var format = CommonOptions.Format("json", "json", "text");
        var command = new Command("extract", "Print what the extractor finds in an article, in the annotation format (actorgraph-article/1).") { file, format };
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

                var graph = await ingestor.ExtractAsync(record.Article, cancellationToken);
                if (parse.GetValue(format) == "json")
                {
                    await Console.Out.WriteLineAsync(ArticleGraphJson.Serialize(graph));
                }
                else
                {
                    PrintText(graph);
                }
            }

            return failed ? 1 : 0;
        });
        return command;
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
