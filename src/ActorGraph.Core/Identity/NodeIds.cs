using System.Security.Cryptography;
using System.Text;

namespace ActorGraph.Core.Identity;

/// <summary>
/// Stable, deterministic node ids: the same input always gives the same id, in every store and on every machine.
/// </summary>
public static class NodeIds
{
    public static string Article(string text) => "article/" + Hash(NormalizeText(text), 16);

    public static string Person(string name) => "person/" + NameFolding.Slug(name);

    public static string Office(string title, string? country) =>
        "office/" + NameFolding.Slug(title) + "/" + (country ?? "xx").ToLowerInvariant();

    public static string Organization(string name) => "org/" + NameFolding.Slug(name);

    public static string Place(string name, string? country) =>
        "place/" + NameFolding.Slug(name) + "/" + (country ?? "xx").ToLowerInvariant();

    /// <summary>
    /// A meeting is the same meeting across articles when it has the same participants on the same date.
    /// An undated meeting cannot be matched that safely, so it stays tied to the article that reports it.
    /// </summary>
    public static string Meeting(IEnumerable<string> participantIds, string? date, string articleId)
    {
        ArgumentNullException.ThrowIfNull(participantIds);
        var key = ParticipantsKey(participantIds) + "#" + (date ?? "undated:" + articleId);
        return "meeting/" + Hash(key, 12);
    }

    /// <summary>
    /// What makes two reports candidates for one meeting: the same participants (their ids, in ordinal order). A
    /// report dated within another's days (a visit's start to end) with the same key is the same meeting.
    /// </summary>
    public static string ParticipantsKey(IEnumerable<string> participantIds)
    {
        ArgumentNullException.ThrowIfNull(participantIds);
        return string.Join('|', participantIds.Order(StringComparer.Ordinal));
    }

    /// <summary>Text as it is hashed for the article id: Unicode-normalised, line endings and trailing space ignored.</summary>
    public static string NormalizeText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Normalize(NormalizationForm.FormC).ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd());
        return string.Join('\n', lines).Trim();
    }

    private static string Hash(string text, int bytes) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, bytes));
}
