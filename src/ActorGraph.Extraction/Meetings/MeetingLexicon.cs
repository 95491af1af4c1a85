using System.Collections.Frozen;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Meetings;

/// <summary>
/// The words news uses to say people met, will meet, talked by phone, or called a meeting off: every word list of the
/// meeting rules, read from Meetings/Data/meeting-lexicon.json (embedded), where each list says what it is for.
/// </summary>
internal static class MeetingLexicon
{
    private const string ResourceName = "ActorGraph.Extraction.meeting-lexicon.json";

    // First, so the lists below can read it.
    private static readonly EmbeddedLexicon Data = EmbeddedLexicon.Load(ResourceName);

    /// <summary>Single words that make a sentence about two named people a meeting.</summary>
    public static readonly FrozenSet<string> Triggers = Data.Words("triggers");

    /// <summary>Triggers that only count when a person is right next to them ("called Netanyahu", not "called for").</summary>
    public static readonly FrozenSet<string> NeedsAdjacentPerson = Data.Words("needsAdjacentPerson");

    /// <summary>Phrases that deny or rule out the meeting a sentence names ("did not meet"): no meeting is taken from the clause.</summary>
    public static readonly string[] NegationCues = Data.Phrases("negationCues");

    /// <summary>Phrases that call a meeting off ("postponed", "called off"): the meeting is cancelled, and a date right after one is not its day.</summary>
    public static readonly string[] CancelCues = Data.Phrases("cancelCues");

    /// <summary>Phrases that put a meeting ahead ("will", "plans to", "next week"): the meeting is planned.</summary>
    public static readonly string[] PlannedCues = Data.Phrases("plannedCues");

    /// <summary>Words before a date that make it the day something was said, not the day of the meeting ("said on Wednesday").</summary>
    public static readonly string[] ReportVerbBefore = Data.Phrases("reportVerbBefore");

    /// <summary>Words that open a new clause after ", and" ("…, and a White House official said").</summary>
    public static readonly FrozenSet<string> ClauseSubjectStarts = Data.Words("clauseSubjectStarts");

    /// <summary>Words of a span of time ("three days after"), which make the next clause a separate event.</summary>
    public static readonly FrozenSet<string> TimeUnits = Data.Words("timeUnits");

    /// <summary>Phrases that make a meeting a phone call.</summary>
    public static readonly string[] CallCues = Data.Phrases("callCues");

    /// <summary>Verbs that fit a call as well as a meeting ("spoke to", "talked with"): another report may say which.</summary>
    public static readonly FrozenSet<string> ModeOpenVerbs = Data.Words("modeOpenVerbs");

    /// <summary>Words that make a meeting a video or online one (matched at the start of a word).</summary>
    public static readonly string[] VirtualCues = Data.Phrases("virtualCues");

    /// <summary>Words saying everyone named met together, so "hosted A and B" is one meeting, not two.</summary>
    public static readonly string[] TogetherCues = Data.Phrases("togetherCues");

    /// <summary>Words saying each person named was met on their own ("will meet bilaterally with A and B").</summary>
    public static readonly string[] SeparateCues = Data.Phrases("separateCues");

    /// <summary>Tokens that end the clause a trigger governs.</summary>
    public static readonly FrozenSet<string> ClauseBreaks = Data.Words("clauseBreaks");

    /// <summary>Words that, after a comma, open a clause the trigger does not govern ("…, while …").</summary>
    public static readonly FrozenSet<string> ClauseBreakWordsAfterComma = Data.Words("clauseBreakWordsAfterComma");

    /// <summary>Meeting words in the past tense: the meeting was held unless a cue says otherwise.</summary>
    public static readonly FrozenSet<string> PastTriggers = Data.Words("pastTriggers");

    /// <summary>Words before a trigger that put it ahead ("will meet", "to meet").</summary>
    public static readonly FrozenSet<string> FutureMarkers = Data.Words("futureMarkers");

    /// <summary>Words before a place that make it where the meeting was ("in Tel Aviv", "at the Kirya").</summary>
    public static readonly FrozenSet<string> PlacePrepositions = Data.Words("placePrepositions");

    /// <summary>Words before a country that make it where the meeting was or the trip went ("visit Jordan").</summary>
    public static readonly FrozenSet<string> CountryPrepositions = Data.Words("countryPrepositions");

    /// <summary>Cues after which the companions are named.</summary>
    public static readonly string[][] CompanionsNamedAfter = Data.Phrases("companionsNamedAfter").Select(p => p.Split(' ')).ToArray();

    /// <summary>Cues before which the companions are named.</summary>
    public static readonly string[][] CompanionsNamedBefore = Data.Phrases("companionsNamedBefore").Select(p => p.Split(' ')).ToArray();

    /// <summary>Words of travel that set a scene a later sentence continues ("visited Kyiv yesterday. While in Kyiv, …").</summary>
    public static readonly FrozenSet<string> TravelWords = Data.Words("travelWords");

    /// <summary>
    /// True when one of <paramref name="cues"/> stands as whole words in <paramref name="paddedText"/>: lower-case
    /// text with a space at each end (" blinken spoke by phone with wang ").
    /// </summary>
    public static bool HasCue(string[] cues, string paddedText) => FindCue(cues, paddedText, wholeWords: true);

    /// <summary>True when one of <paramref name="cues"/> begins a word of <paramref name="paddedText"/> (as <see cref="HasCue"/>'s text).</summary>
    public static bool HasCueStart(string[] cues, string paddedText) => FindCue(cues, paddedText, wholeWords: false);

    private static bool FindCue(string[] cues, string paddedText, bool wholeWords)
    {
        ArgumentNullException.ThrowIfNull(cues);
        ArgumentNullException.ThrowIfNull(paddedText);
        foreach (var cue in cues)
        {
            // Each clause is tested against every cue list: no padded copy of the cue per test.
            for (var at = paddedText.IndexOf(cue, 1, StringComparison.Ordinal); at > 0; at = paddedText.IndexOf(cue, at + 1, StringComparison.Ordinal))
            {
                var end = at + cue.Length;
                if (paddedText[at - 1] == ' ' && (!wholeWords || (end < paddedText.Length && paddedText[end] == ' ')))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
