namespace ActorGraph.Extraction.Dates;

/// <summary>A date found in a sentence. <see cref="Weekday"/>-only and relative forms are resolved later, against the publication date.</summary>
internal sealed record DateExpression(int Start, int Length, DateOnly? Date, DayOfWeek? Weekday = null, int? RelativeDays = null, bool HasYear = true);
