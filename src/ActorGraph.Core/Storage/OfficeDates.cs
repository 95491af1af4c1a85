using ActorGraph.Core.ReferenceData.OfficeHolders;

namespace ActorGraph.Core.Storage;

/// <summary>The day (or month, or year) an office question is about.</summary>
public static class OfficeDates
{
    /// <summary>yyyy-MM-dd, yyyy-MM or yyyy; today (by <paramref name="time"/>) when none is given.</summary>
    /// <exception cref="ArgumentException">The text is not such a date.</exception>
    public static PartialDate Parse(string? text, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (string.IsNullOrWhiteSpace(text))
        {
            return PartialDate.Day(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        }

        return PartialDate.TryParse(text, out var date)
            ? date
            : throw new ArgumentException($"{InputEcho.Quote(text)} is not a date: write yyyy-MM-dd, yyyy-MM or yyyy.", nameof(text));
    }
}
