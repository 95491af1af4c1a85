using System.Collections.Frozen;
using System.Text.Json;
using ActorGraph.Core.Resources;

namespace ActorGraph.Extraction.Text;

/// <summary>
/// A lexicon file embedded in the assembly (a feature's Data/*.json): named lists, each an object with what it is
/// for ("about") and its "words" (a set) or "phrases" (in order). A list the code asks for and the file lacks is an
/// error at start, not an empty list.
/// </summary>
internal sealed class EmbeddedLexicon
{
    private readonly string _resourceName;
    private readonly JsonElement _root;

    private EmbeddedLexicon(string resourceName, JsonElement root) => (_resourceName, _root) = (resourceName, root);

    public static EmbeddedLexicon Load(string resourceName)
    {
        using var stream = EmbeddedFile.Open(typeof(EmbeddedLexicon).Assembly, resourceName);
        using var document = JsonDocument.Parse(stream);
        return new EmbeddedLexicon(resourceName, document.RootElement.Clone());
    }

    /// <summary>A list of words, compared as written (ordinal).</summary>
    public FrozenSet<string> Words(string list) => Words(list, StringComparer.Ordinal);

    /// <summary>
    /// A list of words, compared by <paramref name="comparer"/>. Frozen: the rules ask these sets for every token, and a
    /// frozen set is built once for the fastest lookup.
    /// </summary>
    public FrozenSet<string> Words(string list, StringComparer comparer) => Read(list, "words").ToFrozenSet(comparer);

    /// <summary>A list of phrases, in the file's order.</summary>
    public string[] Phrases(string list) => Read(list, "phrases");

    private string[] Read(string list, string field) =>
        _root.TryGetProperty(list, out var entry) && entry.TryGetProperty(field, out var values)
            ? [.. values.EnumerateArray().Select(v => v.GetString() ?? throw new InvalidDataException($"{_resourceName}: {list} holds a non-string."))]
            : throw new InvalidDataException($"{_resourceName} has no {field} list '{list}'.");
}
