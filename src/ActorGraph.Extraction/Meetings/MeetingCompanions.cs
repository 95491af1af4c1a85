using System.Collections.Frozen;
using ActorGraph.Extraction.Recognition;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Meetings;

/// <summary>
/// People a following sentence adds to the meeting just reported: "Blinken was accompanied by A and B", "The mission
/// also included A, B and C", "A joined the talks", "A also took part", "A hosted the trilateral meeting".
/// </summary>
internal static class MeetingCompanions
{
    /// <summary>The first words of all cues: most tokens start none, and are passed over with one lookup.</summary>
    private static readonly FrozenSet<string> CueStarts = MeetingLexicon.CompanionsNamedAfter.Concat(MeetingLexicon.CompanionsNamedBefore).Select(cue => cue[0]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How many sentences back the meeting a companion joins may be reported.</summary>
    public const int Reach = 2;

    /// <summary>Where a sentence names companions, found once per sentence for recognition and for joining.</summary>
    public static CompanionCues Find(IReadOnlyList<Token> tokens)
    {
        var after = -1;
        var before = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!CueStarts.Contains(tokens[i].Lower))
            {
                continue;
            }

            if (after < 0 && Array.Find(MeetingLexicon.CompanionsNamedAfter, cue => Matches(tokens, i, cue)) is { } a)
            {
                after = i + a.Length;
            }

            if (before < 0 && Array.Exists(MeetingLexicon.CompanionsNamedBefore, cue => Matches(tokens, i, cue)))
            {
                before = i;
            }
        }

        return new CompanionCues(after, before);
    }

    private static bool Matches(IReadOnlyList<Token> tokens, int at, string[] cue)
    {
        if (at + cue.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < cue.Length; k++)
        {
            if (tokens[at + k].Lower != cue[k])
            {
                return false;
            }
        }

        return true;
    }
}
