using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ActorGraph.Core.ReferenceData.OfficeHolders;

/// <summary>
/// A date as a source gives it: "2018-05-01", "2018-05" or "2018". A partial date stands for every day it could be,
/// from <see cref="Earliest"/> to <see cref="Latest"/>, so a question about one day can be answered "yes", "no" or
/// "approximately".
/// </summary>
public readonly record struct PartialDate(DateOnly Earliest, DateOnly Latest, DatePrecision Precision) : IComparable<PartialDate>
{
    public static PartialDate Day(DateOnly day) => new(day, day, DatePrecision.Day);

    /// <summary>Reads yyyy-MM-dd, yyyy-MM or yyyy; anything else (a decade such as "2014s", a blank) is not a date.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate date)
    {
        date = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return false;
        }

        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = Day(day);
            return true;
        }

        if (DateOnly.TryParseExact(trimmed + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && trimmed.Length == 7)
        {
            date = new PartialDate(month, month.AddMonths(1).AddDays(-1), DatePrecision.Month);
            return true;
        }

        if (trimmed.Length == 4 && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            date = new PartialDate(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);
            return true;
        }

        return false;
    }

    public static PartialDate? Parse(string? text) => TryParse(text, out var date) ? date : null;

    public int CompareTo(PartialDate other)
    {
        var byEarliest = Earliest.CompareTo(other.Earliest);
        return byEarliest != 0 ? byEarliest : Latest.CompareTo(other.Latest);
    }

    /// <summary>As the source wrote it: yyyy-MM-dd, yyyy-MM or yyyy.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Earliest.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Earliest.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
