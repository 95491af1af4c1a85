using System.Text.Json;

namespace ActorGraph.Worker.Tests;

/// <summary>One line of the JSON console log: event id, message and the structured values.</summary>
public sealed record LogEvent(int EventId, string Level, string Message, IReadOnlyDictionary<string, string> State)
{
    public const int ArticleIngested = 1001;
    public const int FileProcessed = 2003;
    public const int FileFailed = 2004;
    public const int Recovered = 2002;

    public string this[string key] => State.TryGetValue(key, out var value) ? value : "";

    public static LogEvent? TryParse(string line)
    {
        if (!line.StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var state = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty(nameof(State), out var values) && values.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in values.EnumerateObject())
                {
                    state[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
                }
            }

            return new LogEvent(root.GetProperty(nameof(EventId)).GetInt32(), root.GetProperty("LogLevel").GetString() ?? "", root.GetProperty(nameof(Message)).GetString() ?? "", state);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
