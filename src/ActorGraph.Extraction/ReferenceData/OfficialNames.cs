using System.Text.RegularExpressions;

namespace ActorGraph.Extraction.ReferenceData;

/// <summary>How the records write US officials' names ("Henry A. (Heinz Alfred) Kissinger") and the forms news uses.</summary>
public static partial class OfficialNames
{
    /// <summary>The name without parenthesised glosses and with single spaces: "Henry A. Kissinger".</summary>
    public static string Clean(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Spaces().Replace(Parenthesised().Replace(name, " "), " ").Trim();
    }

    /// <summary>
    /// First name and surname, as news writes them ("Antony John Blinken" → "Antony Blinken", "Joseph R. Biden" →
    /// "Joseph Biden"); null when the name has nothing between them.
    /// </summary>
    public static string? ShortForm(string name)
    {
        var words = Clean(name).Split(' ');
        var surnameStart = words.Length - 1;
        while (surnameStart > 1 && NameLexicon.SurnameParticles.Contains(words[surnameStart - 1]))
        {
            surnameStart--;
        }

        return surnameStart <= 1 ? null : words[0] + " " + string.Join(' ', words[surnameStart..]);
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
