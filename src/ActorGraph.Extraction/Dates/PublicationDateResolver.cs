using System.Globalization;

namespace ActorGraph.Extraction.Dates;

/// <summary>
/// The date an article speaks from: its metadata when given, otherwise the first full date (with a year)
/// in its opening paragraphs, which is the dateline or the photo caption in agency copy.
/// </summary>
internal static class PublicationDateResolver
{
    private const int OpeningLines = 12;

    public static DateOnly? Resolve(string? publishedAt, string text)
    {
        if (TryParseIso(publishedAt) is { } fromMetadata)
        {
            return fromMetadata;
        }

        foreach (var line in text.Split('\n').Where(l => l.Trim().Length > 0).Take(OpeningLines))
        {
            var full = DateFinder.Find(line, null).FirstOrDefault(d => d.Date is not null && d.HasYear);
            if (full?.Date is { } date)
            {
                return date;
            }
        }

        return null;
    }

    public static DateOnly? TryParseIso(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (DateOnly.TryParseExact(trimmed.Length >= 10 ? trimmed[..10] : trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Plausible(date);
        }

        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto)
            ? Plausible(DateOnly.FromDateTime(dto.UtcDateTime))
            : null;
    }

    /// <summary>
    /// A publication date within the years dates in text are read for (<see cref="DateFinder.EarliestYear"/> to
    /// <see cref="DateFinder.LatestYear"/>); "0001-01-01" is no date, and "on Friday" before it would be off the calendar.
    /// </summary>
    private static DateOnly? Plausible(DateOnly date) =>
        date.Year is >= DateFinder.EarliestYear and <= DateFinder.LatestYear ? date : null;
}
