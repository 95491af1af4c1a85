using System.Globalization;
using ActorGraph.Core.Annotation;
using ActorGraph.Core.ReferenceData;

namespace ActorGraph.Core.Storage;

/// <summary>How every store normalises what an article says before writing it, so the stores hold the same values.</summary>
public static class StoredValues
{
    /// <summary>An ISO 3166-1 alpha-2 code in upper case, or null for none.</summary>
    public static string? CountryCode(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();

    /// <summary>A yyyy-MM-dd date, or null when the text is not one.</summary>
    public static string? IsoDate(string? date) =>
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    /// <summary>A multi-day meeting's last day, or null when it has none after its first (<paramref name="date"/>).</summary>
    public static string? EndDate(MeetingMention meeting, string? date)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return IsoDate(meeting.EndDate) is { } end && date is not null && string.CompareOrdinal(end, date) > 0 ? end : null;
    }

    /// <summary>The stored ids of a meeting's participants, by the forms the article's people were written in.</summary>
    public static List<string> ParticipantIds(MeetingMention meeting, ReferenceCatalog catalog, IReadOnlyDictionary<string, string> personIdByForm)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(catalog);
        return meeting.Participants
            .Select(n => personIdByForm.GetValueOrDefault(catalog.FoldPersonName(n)))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The country of the place a meeting took place in: the article's place entry, else the meeting's country.</summary>
    public static string? PlaceCountry(ArticleGraph graph, MeetingMention meeting)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(meeting);
        return graph.Places.FirstOrDefault(p => p.Name == meeting.Place)?.Country ?? meeting.Country;
    }
}
