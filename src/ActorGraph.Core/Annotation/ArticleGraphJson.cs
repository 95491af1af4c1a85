using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ActorGraph.Core.Annotation;

/// <summary>Reads and writes <see cref="ArticleGraph"/> in the annotation format (camelCase, "in_person").</summary>
public static class ArticleGraphJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static string Serialize(ArticleGraph graph) => JsonSerializer.Serialize(graph, Options);

    /// <exception cref="InvalidDataException">The text is not an annotation file.</exception>
    public static ArticleGraph Deserialize(string json)
    {
        try
        {
            var graph = JsonSerializer.Deserialize<ArticleGraph>(json, Options)
                ?? throw new InvalidDataException("The annotation file is empty (null).");
            if (graph.Article is null)
            {
                throw new InvalidDataException("The annotation file has no \"article\" object.");
            }

            // Lists that are missing in a hand-written file mean "none".
            return graph with
            {
                Persons = (graph.Persons ?? []).Select(p => p with { Aliases = p.Aliases ?? [], Offices = p.Offices ?? [] }).ToList(),
                Organizations = (graph.Organizations ?? []).Select(o => o with { Aliases = o.Aliases ?? [] }).ToList(),
                Countries = graph.Countries ?? [],
                Places = graph.Places ?? [],
                Meetings = graph.Meetings ?? [],
            };
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Not a valid annotation file: {ex.Message}", ex);
        }
    }
}
