namespace ActorGraph.Extraction.Text;

/// <summary>
/// Tests over the characters of a word or line, for the rules that ask them of every token: a loop over the span, not
/// LINQ over a string (an enumerator and a delegate call per character).
/// </summary>
internal static class Characters
{
    public static bool HasDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasLower(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when every character is an upper-case letter (and for empty text).</summary>
    public static bool AllUpper(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
