using System.Collections.Frozen;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Recognition;

/// <summary>
/// Every word list of the recognition rules (names, people, organizations, regions, titles), read from
/// Recognition/Data/recognition-lexicon.json (embedded), where each list says what it is for.
/// </summary>
internal static class RecognitionLexicon
{
    private const string ResourceName = "ActorGraph.Extraction.recognition-lexicon.json";

    // First, so the lists below can read it.
    private static readonly EmbeddedLexicon Data = EmbeddedLexicon.Load(ResourceName);

    /// <summary>Capitalised words that start sentences or name days, months and things, but never people.</summary>
    public static readonly FrozenSet<string> NotNames = Data.Words("notNames");

    /// <summary>Words of NotNames that are also family names, so they may end a name: "Thomas West", "Oliver North".</summary>
    public static readonly FrozenSet<string> AlsoSurnames = Data.Words("alsoSurnames");

    /// <summary>Lower-case words that belong inside a name ("bin", "von", "de"), also before a hyphen ("al-Sisi").</summary>
    public static readonly FrozenSet<string> Particles = Data.Words("particles");

    /// <summary>Quote marks that open a quoted nickname inside a name ("Frank").</summary>
    public static readonly FrozenSet<string> OpeningQuotes = Data.Words("openingQuotes");

    /// <summary>Quote marks that close a quoted nickname.</summary>
    public static readonly FrozenSet<string> ClosingQuotes = Data.Words("closingQuotes");

    /// <summary>Verbs of saying next to a run of name words, which make it a person ("X said", ", said X").</summary>
    public static readonly FrozenSet<string> SpeechVerbs = Data.Words("speechVerbs");

    /// <summary>Verbs before a run of name words that make it a person met, hosted or thanked ("met X").</summary>
    public static readonly FrozenSet<string> PersonVerbsBefore = Data.Words("personVerbsBefore");

    /// <summary>Words that head the name of a body ("Ministry of Foreign Affairs", "Council"): an organization pattern starts at one.</summary>
    public static readonly FrozenSet<string> Heads = Data.Words("heads");

    /// <summary>Words that join the parts of a body's name ("of", "for", "and").</summary>
    public static readonly FrozenSet<string> Connectors = Data.Words("connectors");

    /// <summary>Capitalised words that open a sentence or a phrase but are no part of a body's name.</summary>
    public static readonly FrozenSet<string> NotPartOfName = Data.Words("notPartOfName");

    /// <summary>Words that are no person's name (RecognitionLexicon.NotNames) but may well be part of a body's: "Black Sea Grain Initiative", "Joint Staff", "Central Military Commission".</summary>
    public static readonly FrozenSet<string> BodyNameWords = Data.Words("bodyNameWords");

    /// <summary>Phrases that contain a country word but name a region: they must not count as the country.</summary>
    public static readonly string[] RegionPhrases = Data.Phrases("regionPhrases");

    /// <summary>Words left lower case when a title is written out ("Minister of State for the Middle East").</summary>
    public static readonly FrozenSet<string> SmallWords = Data.Words("smallWords");
}
