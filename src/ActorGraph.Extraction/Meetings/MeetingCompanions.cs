using ActorGraph.Extraction.Recognition;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Meetings;

/// <summary>
/// People a following sentence adds to the meeting just reported: "Blinken was accompanied by A and B", "The mission
/// also included A, B and C", "A joined the talks", "A also took part".
/// </summary>
internal static class MeetingCompanions
{
    /// <summary>Cues after which the companions are named.</summary>
    private static readonly string[][] NamedAfter =
    [
        ["accompanied", "by"], ["also", "included"], ["included"], ["joined", "by"], ["delegation", "included"],
    ];

    /// <summary>Cues before which the companions are named.</summary>
    private static readonly string[][] NamedBefore =
    [
        ["joined", "the", "talks"], ["joined", "the", "meeting"], ["took", "part"], ["also", "attended"], ["sat", "in"],
    ];

    /// <summary>How many sentences back the meeting a companion joins may be reported.</summary>
    public const int Reach = 2;

    /// <summary>A run of name words in a companion position is a person even without a title ("accompanied by Jane Doe").</summary>
    public static bool NamesCompanion(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, NameSpan span)
    {
        var (after, before) = CuePositions(tokens);
        return (after >= 0 && span.Start >= after) || (before >= 0 && span.End <= before && span.Start < before);
    }

    public static List<PersonEntity> Find(IReadOnlyList<Token> tokens, IReadOnlyList<PersonOccurrence> people)
    {
        var (after, before) = CuePositions(tokens);
        return people
            .Where(p => (after >= 0 && p.Start >= after) || (before >= 0 && p.End <= before))
            .Select(p => p.Person)
            .Distinct()
            .ToList();
    }

    /// <summary>The token just past a "named after" cue and the start of a "named before" cue, or -1.</summary>
    private static (int After, int Before) CuePositions(IReadOnlyList<Token> tokens)
    {
        var after = -1;
        var before = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (after < 0 && Array.Find(NamedAfter, cue => Matches(tokens, i, cue)) is { } a)
            {
                after = i + a.Length;
            }

            if (before < 0 && Array.Exists(NamedBefore, cue => Matches(tokens, i, cue)))
            {
                before = i;
            }
        }

        return (after, before);
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
