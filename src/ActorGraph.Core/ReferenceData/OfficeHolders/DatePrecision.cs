namespace ActorGraph.Core.ReferenceData.OfficeHolders;

/// <summary>How much of a date a source gives: the day, only the month, or only the year.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}
