using System.Globalization;
using System.Text;

namespace ActorGraph.Core.Identity;

/// <summary>
/// Folds names for comparison: case, diacritics and punctuation do not distinguish people
/// ("Sergey Lavrov", "sergey  lavrov", "Sérgey Lavrov." fold alike).
/// </summary>
public static class NameFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                pendingSpace = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '\u2019' or '.')
            {
                // "O'Brien" and "U.S." fold to "obrien" and "us": these marks join, they do not separate.
            }
            else
            {
                pendingSpace = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>A folded name with spaces turned into hyphens, for use inside ids.</summary>
    public static string Slug(string text) => Fold(text).Replace(' ', '-');

    /// <summary>The last word of a folded name ("antony blinken" → "blinken"), ignoring generational suffixes.</summary>
    public static string Surname(string foldedName)
    {
        ArgumentNullException.ThrowIfNull(foldedName);
        var parts = foldedName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            if (parts[i] is not ("jr" or "sr" or "ii" or "iii" or "iv"))
            {
                return parts[i];
            }
        }

        return foldedName;
    }
}
