using ActorGraph.Extraction.Dates;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Meetings;

/// <summary>
/// The day a sentence puts someone somewhere ("visited Kyiv yesterday", "arrived in Rabat on Monday"), which a
/// following sentence set in the same scene ("While in Kyiv, …", "During the visit, …", "There, …") takes for its
/// meetings when it gives no date of its own.
/// </summary>
internal readonly record struct SceneDate(int Sentence, DateOnly Date)
{
    /// <summary>How many sentences later a scene may still be continued.</summary>
    public const int Reach = 3;

    public static SceneDate? Of(Sentence sentence, int index, DateOnly? published)
    {
        if (!sentence.Tokens.Any(t => MeetingLexicon.TravelWords.Contains(t.Lower)))
        {
            return null;
        }

        var future = sentence.Tokens.Any(t => t.Lower is "will" or "plans" or "scheduled");
        return DateFinder.Find(sentence.Text, published?.Year).Select(d => DateFinder.Resolve(d, published, future)).FirstOrDefault(d => d is not null) is { } day
            ? new SceneDate(index, day)
            : null;
    }

    /// <summary>"While in Kyiv", "While there", "During the visit", "During his trip", "There,", "In Rabat,".</summary>
    public static bool Continues(IReadOnlyList<Token> tokens)
    {
        string At(int k) => k < tokens.Count ? tokens[k].Lower : "";
        return (At(0) == "while" && At(1) is "in" or "there" or "visiting")
            || (At(0) == "during" && (At(1) is "the" or "his" or "her" or "their" or "this") && At(2) is "visit" or "trip" or "stay" or "stop")
            || (At(0) == "there" && At(1) == ",")
            || (At(0) == "in" && tokens.Count > 2 && tokens[1].IsCapitalized && (At(2) == "," || At(3) == ","));
    }
}
