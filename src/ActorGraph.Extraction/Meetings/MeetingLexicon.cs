namespace ActorGraph.Extraction.Meetings;

/// <summary>The words news uses to say people met, will meet, talked by phone, or called a meeting off.</summary>
internal static class MeetingLexicon
{
    /// <summary>Single words that make a sentence about two named people a meeting.</summary>
    public static readonly HashSet<string> Triggers = new(StringComparer.Ordinal)
    {
        "met", "meet", "meets", "meeting", "meetings", "talks", "talked", "hosted", "hosts", "host", "hosting", "received", "receives",
        "receive", "welcomed", "welcomes", "welcoming", "summit", "bilateral", "conferred", "sat", "sit", "shook", "shake", "shakes",
        "spoke", "speak", "speaks", "call", "called", "phoned", "telephoned", "conversation", "videoconference", "encounter", "discussed",
        "tete-a-tete", "conference",
    };

    /// <summary>Triggers that only count when a person is right next to them ("called Netanyahu", not "called for").</summary>
    public static readonly HashSet<string> NeedsAdjacentPerson = new(StringComparer.Ordinal)
    {
        "called", "sat", "sit", "speak", "speaks", "spoke", "discussed", "receive", "received", "receives", "welcomed", "welcomes",
        "welcoming", "hosted", "hosts", "hosting", "host",
    };

    public static readonly string[] NegationCues =
    [
        "did not meet", "didn't meet", "does not meet", "not meet with", "refused to meet", "declined to meet", "no plans to meet",
        "won't meet", "will not meet", "has not met", "have not met", "had not met", "never met", "not be meeting", "no meeting",
        "without meeting", "ruled out a meeting", "ruled out meeting", "did not speak", "has not spoken", "refused to speak",
        "not talk", "refused to talk", "declined to talk", "will not travel", "would not travel", "not to meet", "no plans for",
        "not be travelling", "not be traveling", "declined to receive", "refused to receive", "did not receive", "will not receive",
        "declined to host", "refused to host", "declined to see", "refused to see", "yet to meet", "yet to speak", "turned down",
    ];

    public static readonly string[] CancelCues =
    [
        "cancelled", "canceled", "called off", "calls off", "call off", "postponed", "postpones", "scrapped", "cancel", "cancels",
        "cancellation", "pulled out of", "was shelved", "were shelved", "abruptly ended", "was to have", "were to have", "would have been",
    ];

    public static readonly string[] PlannedCues =
    [
        "will", "plans to", "planned to", "planning to", "plan to", "expected to", "scheduled", "set to", "is due to", "are due to",
        "is to meet", "are to meet", "upcoming", "would meet", "intends to", "hopes to", "is slated", "are slated", "next week",
        "next month", "later this", "to meet with", "to hold talks", "to visit", "is traveling to", "is travelling to", "due to meet",
        "forward to", "ready to meet", "invited",
    ];

    /// <summary>Words before a date that make it the day something was said, not the day of the meeting ("said on Wednesday").</summary>
    public static readonly string[] ReportVerbBefore =
    [
        "said on", "says on", "announced on", "told reporters on", "confirmed on", "said late on", "said early on",
    ];

    /// <summary>Words that open a new clause after ", and" ("…, and a White House official said").</summary>
    public static readonly HashSet<string> ClauseSubjectStarts = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "he", "she", "they", "it", "his", "her", "their", "we", "i",
    };

    public static readonly HashSet<string> TimeUnits = new(StringComparer.Ordinal)
    {
        "day", "days", "week", "weeks", "month", "months", "hours", "hour", "year", "years",
    };

    public static readonly string[] CallCues =
    [
        "phone", "telephone", "phoned", "telephoned", "by call", "a call", "call with", "calls with", "phone call", "spoke by",
    ];

    /// <summary>Verbs that fit a call as well as a meeting ("spoke to", "talked with"): another report may say which.</summary>
    public static readonly HashSet<string> ModeOpenVerbs = new(StringComparer.Ordinal) { "spoke", "speaks", "speak", "talked", "talks", "talk", "discussed", "conferred" };

    public static readonly string[] VirtualCues =
    [
        "video", "videoconference", "virtual", "virtually", "online meeting", "video link",
    ];

    /// <summary>Words saying everyone named met together, so "hosted A and B" is one meeting, not two.</summary>
    public static readonly string[] TogetherCues =
    [
        "trilateral", "three-way", "three-party", "four-way", "quadrilateral", "joint meeting", "together", "all three", "jointly",
    ];

    /// <summary>Words saying each person named was met on their own ("will meet bilaterally with A and B").</summary>
    public static readonly string[] SeparateCues =
    [
        "bilaterally", "separately", "individually", "separate meetings", "bilateral meetings", "one-on-one meetings", "each of",
    ];

    /// <summary>Tokens that end the clause a trigger governs.</summary>
    public static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal) { ";", "—", "–", ":", "(" };

    /// <summary>
    /// True when one of <paramref name="cues"/> stands as whole words in <paramref name="paddedText"/>: lower-case
    /// text with a space at each end (" blinken spoke by phone with wang ").
    /// </summary>
    public static bool HasCue(string[] cues, string paddedText)
    {
        ArgumentNullException.ThrowIfNull(cues);
        ArgumentNullException.ThrowIfNull(paddedText);
        foreach (var cue in cues)
        {
            // Each clause is tested against every cue list: no padded copy of the cue per test.
            for (var at = paddedText.IndexOf(cue, 1, StringComparison.Ordinal); at > 0; at = paddedText.IndexOf(cue, at + 1, StringComparison.Ordinal))
            {
                if (paddedText[at - 1] == ' ' && at + cue.Length < paddedText.Length && paddedText[at + cue.Length] == ' ')
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when one of <paramref name="cues"/> begins a word of <paramref name="paddedText"/> (as <see cref="HasCue"/>'s text).</summary>
    public static bool HasCueStart(string[] cues, string paddedText)
    {
        ArgumentNullException.ThrowIfNull(cues);
        ArgumentNullException.ThrowIfNull(paddedText);
        foreach (var cue in cues)
        {
            for (var at = paddedText.IndexOf(cue, 1, StringComparison.Ordinal); at > 0; at = paddedText.IndexOf(cue, at + 1, StringComparison.Ordinal))
            {
                if (paddedText[at - 1] == ' ')
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static readonly HashSet<string> ClauseBreakWordsAfterComma = new(StringComparer.Ordinal)
    {
        "while", "after", "before", "as", "who", "which", "whereas", "but", "when", "although", "where",
    };
}
