using System.Collections.Frozen;

namespace ActorGraph.Extraction.Text;

/// <summary>The word lists of the text rules, read from Text/Data/text-lexicon.json (embedded), where each list says what it is for.</summary>
internal static class TextLexicon
{
    private const string ResourceName = "ActorGraph.Extraction.text-lexicon.json";

    // First, so the lists below can read it.
    private static readonly EmbeddedLexicon Data = EmbeddedLexicon.Load(ResourceName);

    /// <summary>Abbreviations whose dot does not end a sentence, without the dot; compared ignoring case.</summary>
    public static readonly FrozenSet<string> Abbreviations = Data.Words("abbreviations", StringComparer.OrdinalIgnoreCase);

    /// <summary>Words a line in capitals keeps in lower case when written in title case.</summary>
    public static readonly FrozenSet<string> SmallWords = Data.Words("smallWords");
}
