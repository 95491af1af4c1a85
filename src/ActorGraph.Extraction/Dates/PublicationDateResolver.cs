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
            return date;
        }

        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto)
            ? DateOnly.FromDateTime(dto.UtcDateTime)
            : null;
    }
}
