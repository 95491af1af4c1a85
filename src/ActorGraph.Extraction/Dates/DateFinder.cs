using System.Globalization;
using System.Text.RegularExpressions;

namespace ActorGraph.Extraction.Dates;

/// <summary>
/// Finds the date forms news uses: "Thursday, Oct. 12, 2023", "12 October 2023", "October 12", ISO dates,
/// weekdays ("on Saturday") and "yesterday"/"today"/"tomorrow". Vague spans ("last month") are not dates.
/// </summary>
internal static partial class DateFinder
{
    /// <summary>The first year a date in text or a publication date is read for.</summary>
    public const int EarliestYear = 1800;

    /// <summary>The last year a date in text or a publication date is read for.</summary>
    public const int LatestYear = 2200;

    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["january"] = 1, ["feb"] = 2, ["february"] = 2, ["mar"] = 3, ["march"] = 3, ["apr"] = 4, ["april"] = 4,
        ["may"] = 5, ["jun"] = 6, ["june"] = 6, ["jul"] = 7, ["july"] = 7, ["aug"] = 8, ["august"] = 8, ["sep"] = 9,
        ["sept"] = 9, ["september"] = 9, ["oct"] = 10, ["october"] = 10, ["nov"] = 11, ["november"] = 11, ["dec"] = 12, ["december"] = 12,
    };

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    };

    public static IReadOnlyList<DateExpression> Find(string sentence, int? contextYear)
    {
        var found = new List<DateExpression>();
        foreach (Match m in IsoDate().Matches(sentence))
        {
            if (TryDate(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), out var date))
            {
                found.Add(new DateExpression(m.Index, m.Length, date));
            }
        }

        foreach (Match m in MonthDay().Matches(sentence))
        {
            AddMonthDate(found, m, contextYear);
        }

        foreach (Match m in DayMonth().Matches(sentence))
        {
            AddMonthDate(found, m, contextYear);
        }

        foreach (Match m in WeekdayWord().Matches(sentence))
        {
            if (!Overlaps(found, m.Index, m.Length))
            {
                found.Add(new DateExpression(m.Index, m.Length, null, Weekdays[m.Groups["w"].Value]));
            }
        }

        foreach (Match m in RelativeDay().Matches(sentence))
        {
            var days = m.Value.ToLowerInvariant() switch
            {
                "yesterday" => -1,
                "tomorrow" => 1,
                _ => 0,
            };
            found.Add(new DateExpression(m.Index, m.Length, null, RelativeDays: days));
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>
    /// Resolves an expression against the publication date. A bare weekday means the most recent such day for past
    /// events and the next one for planned events, the publication day itself included; a month and day without a
    /// year take the publication year.
    /// </summary>
    public static DateOnly? Resolve(DateExpression expression, DateOnly? published, bool future)
    {
        if (expression.Date is { } date)
        {
            if (!expression.HasYear && published is { } p)
            {
                // "Dec. 30" in a January article about a past meeting is last year's December.
                if (!future && date > p.AddDays(7))
                {
                    return date.AddYears(-1);
                }

                if (future && date < p.AddDays(-7))
                {
                    return date.AddYears(1);
                }
            }

            return date;
        }

        if (published is not { } pub)
        {
            return null;
        }

        if (expression.RelativeDays is { } offset)
        {
            return pub.AddDays(offset);
        }

        if (expression.Weekday is { } weekday)
        {
            var delta = (int)weekday - (int)pub.DayOfWeek;
            if (future)
            {
                return pub.AddDays(delta < 0 ? delta + 7 : delta); // "will meet on Tuesday" in a Tuesday story is that day
            }

            return pub.AddDays(delta > 0 ? delta - 7 : delta);
        }

        return null;
    }

    private static void AddMonthDate(List<DateExpression> found, Match m, int? contextYear)
    {
        if (Overlaps(found, m.Index, m.Length) || !Months.TryGetValue(m.Groups["mon"].Value.TrimEnd('.'), out var month))
        {
            return;
        }

        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        var hasYear = m.Groups["y"].Success;
        var year = hasYear ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : contextYear;
        if (year is { } y && TryDate(y, month, day, out var date))
        {
            found.Add(new DateExpression(m.Index, m.Length, date, HasYear: hasYear));
        }
    }

    private static bool Overlaps(List<DateExpression> found, int start, int length) =>
        found.Exists(f => start < f.Start + f.Length && f.Start < start + length);

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < EarliestYear or > LatestYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?:\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\b(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y>\d{4})\b)?")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:,?\s+(?<y>\d{4})\b)?")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex WeekdayWord();

    [GeneratedRegex(@"\b(?:yesterday|today|tomorrow|tonight|this morning|this afternoon|this evening)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeDay();
}
