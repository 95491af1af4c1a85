using System.Globalization;
using ActorGraph.Core.Identity;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Recognition;

/// <summary>
/// How an office is written in the graph: as the article spells it ("Secretary of Defense", "Minister of Foreign
/// Affairs"), capitalised as a title, so the office reads as the source states it; abbreviations ("PM", "FM", "Pres.")
/// take their spelled-out form.
/// </summary>
internal static class OfficeTitles
{
    public static string Written(IReadOnlyList<Token> tokens, Mention title)
    {
        var words = tokens.Skip(title.Start).Take(title.Length).Select(t => t.Text).ToList();
        var surface = string.Join(' ', words).Replace(" ,", ",", StringComparison.Ordinal);
        if (surface.Length <= 5 || surface.Contains('.', StringComparison.Ordinal))
        {
            return title.Text;
        }

        // "European Commission President" is the Commission President: words before the known title name its body.
        var known = ' ' + NameFolding.Fold(title.Text);
        if (NameFolding.Fold(surface) is var folded && folded.Length > known.Length && folded.EndsWith(known, StringComparison.Ordinal))
        {
            words = words[^title.Text.Split(' ').Length..];
        }

        return string.Join(' ', words.Select((w, i) => i > 0 && RecognitionLexicon.SmallWords.Contains(w) ? w : Capitalised(w))).Replace(" ,", ",", StringComparison.Ordinal);
    }

    /// <summary>"Spokesperson", "Deputy Spokesman", "Press Secretary": someone who speaks for a government or body.</summary>
    public static bool IsSpokesperson(string title) =>
        title.Contains("spokes", StringComparison.OrdinalIgnoreCase) || title.Contains("press secretary", StringComparison.OrdinalIgnoreCase);

    private static string Capitalised(string word) =>
        word.Length > 0 && char.IsLower(word[0]) ? char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..] : word;
}
