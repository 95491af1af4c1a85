using System.Globalization;

namespace ActorGraph.Core;

/// <summary>
/// How an error message quotes what the caller sent: whole when short, else its start and its length, so a 50 KB
/// argument does not come back as a 50 KB error.
/// </summary>
public static class InputEcho
{
    /// <summary>The longest input quoted whole.</summary>
    public const int MaxQuoted = 80;

    /// <summary>The text in double quotes, cut after <see cref="MaxQuoted"/> characters with its length said.</summary>
    public static string Quote(string? text)
    {
        text ??= "";
        return text.Length <= MaxQuoted
            ? $"\"{text}\""
            : string.Create(CultureInfo.InvariantCulture, $"\"{text[..MaxQuoted]}…\" ({text.Length:N0} characters)");
    }
}
