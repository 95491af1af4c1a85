using System.Collections.Frozen;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.ReferenceData;

/// <summary>
/// The word lists of the office-holders table's name rules, read from ReferenceData/Data/name-lexicon.json (embedded),
/// where each list says what it is for. All are compared ignoring case.
/// </summary>
internal static class NameLexicon
{
    private const string ResourceName = "ActorGraph.Extraction.name-lexicon.json";

    // First, so the lists below can read it.
    private static readonly EmbeddedLexicon Data = EmbeddedLexicon.Load(ResourceName);

    /// <summary>Honorifics and ranks a label may start with that news leaves out.</summary>
    public static readonly FrozenSet<string> Prefixes = Data.Words("prefixes", StringComparer.OrdinalIgnoreCase);

    /// <summary>Generational suffixes a label may end with that news leaves out.</summary>
    public static readonly FrozenSet<string> Suffixes = Data.Words("suffixes", StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case words that begin a surname in the records' names.</summary>
    public static readonly FrozenSet<string> SurnameParticles = Data.Words("surnameParticles", StringComparer.OrdinalIgnoreCase);
}
