using System.Collections.Frozen;
using System.Text.Json;
using ActorGraph.Core.Resources;

namespace ActorGraph.Core.ReferenceData;

/// <summary>
/// Short and full forms of one given name ("Mike" and "Michael"), from <c>given-names.json</c>: the office-holders
/// table knows "Mike Pompeo" and a State Department release writes "Michael R. Pompeo".
/// </summary>
public sealed class GivenNames
{
    private static readonly Lazy<GivenNames> LazyDefault = new(Load);

    private readonly FrozenDictionary<string, string[]> _others;

    public GivenNames(IEnumerable<IReadOnlyList<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var others = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var form in group)
            {
                if (!others.TryGetValue(form, out var set))
                {
                    others[form] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(group.Where(f => f != form));
            }
        }

        _others = others.ToFrozenDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    public static GivenNames Default => LazyDefault.Value;

    /// <summary>
    /// The folded full name with its first word written each other way ("mike pompeo" for "michael pompeo");
    /// nothing for a one-word name or a first word the lexicon does not know.
    /// </summary>
    public IEnumerable<string> Variants(string foldedName)
    {
        ArgumentNullException.ThrowIfNull(foldedName);
        var space = foldedName.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !_others.TryGetValue(foldedName[..space], out var others))
        {
            return [];
        }

        var rest = foldedName[space..];
        return others.Select(other => other + rest);
    }

    private static GivenNames Load()
    {
        using var stream = EmbeddedFile.Open(typeof(GivenNames).Assembly, "ActorGraph.ReferenceData.given-names.json");
        using var document = JsonDocument.Parse(stream);
        return new GivenNames(document.RootElement.GetProperty("groups").Deserialize<List<List<string>>>()!);
    }
}
